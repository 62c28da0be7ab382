"use server"

import { redirect } from "next/navigation"
import { claimCart } from "@/lib/data/cart"
import {
  createCustomer,
  forgetToken,
  logIn,
  registerLogin,
  rememberToken,
  requestEmailVerification,
  requestPasswordReset,
  setNewPassword,
} from "@/lib/data/customer"
import { isIdentityTaken, isInvalidLogin } from "@/modules/common/backend-errors"
import { actionFailure } from "@/modules/common/actions/attempt"
import { logInFrom } from "@/modules/common/actions/log-in"
import type { FormState } from "@/modules/common/form-state"
import { readFields, withoutPassword } from "@/modules/common/form-values"
import type { LoginField } from "@/modules/common/login"
import { hasActor } from "@/modules/common/auth-token"
import {
  FORGOT_FIELDS,
  type ForgotField,
  forgotErrors,
  NEW_PASSWORD_FIELDS,
  type NewPasswordField,
  newPasswordErrors,
  REGISTER_FIELDS,
  type RegisterField,
  validateRegistration,
} from "../forms"

const ACCOUNT_HOME = "/tai-khoan"
// Medusa's register route already tells a taken e-mail apart; this says no more than it does.
const TAKEN = "Email này đã có tài khoản. Hãy đăng nhập, hoặc dùng một email khác để đăng ký."
// A login whose registration stopped before its customer was made.
const NO_CUSTOMER = "Email này chưa có tài khoản mua hàng. Hãy đăng ký."

/** The session begins; the guest's cart becomes the customer's with its lines (a failure there only logs). */
async function begin(token: string): Promise<never> {
  await rememberToken(token)
  await claimCart(token).catch((error: unknown) => console.error("Customer account: keeping the cart failed:", error))
  redirect(ACCOUNT_HOME)
}

export async function logInAction(_prev: FormState<LoginField>, form: FormData): Promise<FormState<LoginField>> {
  return logInFrom(form, {
    name: "Customer account",
    logIn,
    admits: (token) => hasActor(token, "customer"),
    notAdmitted: NO_CUSTOMER,
    enter: begin,
  })
}

export async function registerAction(_prev: FormState<RegisterField>, form: FormData): Promise<FormState<RegisterField>> {
  const values = readFields(form, REGISTER_FIELDS)
  const checked = validateRegistration(values)
  if (!checked.ok) return { status: "error", errors: checked.errors, values: withoutPassword(values) }
  const { email, password, first_name, phone } = checked.value

  let token: string
  try {
    const registration = await registerLogin(email, password)
    token = await createCustomer(registration, { email, first_name, phone })
  } catch (error) {
    const message = isIdentityTaken(error) ? TAKEN : actionFailure(error, "Customer account: register")
    return { status: "error", message, values: withoutPassword(values) }
  }
  // The account works without it; the page offers to send it again.
  await requestEmailVerification(token).catch((error: unknown) =>
    console.error("Customer account: the verification e-mail failed:", error)
  )
  return begin(token)
}

export async function logOutAction(): Promise<void> {
  await forgetToken()
  redirect("/")
}

/** Says the same whether the email has an account or not: the page reveals nothing Medusa's route does not. */
export async function requestResetAction(_prev: FormState<ForgotField>, form: FormData): Promise<FormState<ForgotField>> {
  const values = readFields(form, FORGOT_FIELDS)
  const errors = forgotErrors(values)
  if (errors) return { status: "error", errors, values }
  try {
    await requestPasswordReset(values.email.toLowerCase())
  } catch (error) {
    return { status: "error", message: actionFailure(error, "Customer account: request a password reset"), values }
  }
  return {
    status: "success",
    message: `Nếu ${values.email} có tài khoản, chúng tôi đã gửi tới đó một liên kết đặt lại mật khẩu, dùng được một lần trong 15 phút.`,
  }
}

const LINK_SPENT =
  "Liên kết đặt lại mật khẩu này đã được dùng hoặc đã hết hạn (15 phút). Hãy yêu cầu một liên kết mới ở trang Quên mật khẩu."

/** Sets the new password with the e-mailed link's token (single-use), then logs the shopper in with it. */
export async function resetPasswordAction(
  link: { token: string; email: string },
  _prev: FormState<NewPasswordField>,
  form: FormData
): Promise<FormState<NewPasswordField>> {
  const values = readFields(form, NEW_PASSWORD_FIELDS)
  const errors = newPasswordErrors(values)
  if (errors) return { status: "error", errors }
  let token: string
  try {
    await setNewPassword(link.token, values.password)
    token = await logIn(link.email.toLowerCase(), values.password)
  } catch (error) {
    return {
      status: "error",
      message: isInvalidLogin(error) ? LINK_SPENT : actionFailure(error, "Customer account: reset a password"),
    }
  }
  return begin(token)
}
