"use server"

import { redirect, unstable_rethrow } from "next/navigation"
import { claimCart } from "@/lib/data/cart"
import { createCustomer, forgetToken, logIn, registerLogin, rememberToken } from "@/lib/data/customer"
import {
  INVALID_LOGIN_MESSAGE,
  isIdentityTaken,
  isInvalidLogin,
  portalRefusal,
  UNAVAILABLE_MESSAGE,
} from "@/modules/common/backend-errors"
import type { FormState } from "@/modules/common/form-state"
import { readFields } from "@/modules/common/form-values"
import { LOGIN_FIELDS, loginErrors, type LoginField } from "@/modules/common/login"
import { hasActor } from "@/modules/common/auth-token"
import { REGISTER_FIELDS, type RegisterField, validateRegistration } from "../forms"

const ACCOUNT_HOME = "/tai-khoan"
// Medusa's register route already tells a taken e-mail apart; this says no more than it does.
const TAKEN = "Email này đã có tài khoản. Hãy đăng nhập, hoặc dùng một email khác để đăng ký."
const NO_CUSTOMER = "Email này chưa có tài khoản mua hàng. Hãy đăng ký."

function withoutPassword<F extends string>(values: Record<F, string>): Partial<Record<F, string>> {
  const { password: _password, ...rest } = values as Record<string, string>
  return rest as Partial<Record<F, string>>
}

function failed(error: unknown, what: string): string {
  unstable_rethrow(error)
  const refusal = portalRefusal(error)
  if (refusal) return refusal
  console.error(`Customer account: ${what} failed:`, error)
  return UNAVAILABLE_MESSAGE
}

/** The session begins; the guest's cart becomes the customer's with its lines (a failure there only logs). */
async function begin(token: string): Promise<never> {
  await rememberToken(token)
  await claimCart(token).catch((error: unknown) => console.error("Customer account: keeping the cart failed:", error))
  redirect(ACCOUNT_HOME)
}

export async function logInAction(_prev: FormState<LoginField>, form: FormData): Promise<FormState<LoginField>> {
  const values = readFields(form, LOGIN_FIELDS)
  const errors = loginErrors(values)
  if (errors) return { status: "error", errors, values: withoutPassword(values) }
  let token: string
  try {
    token = await logIn(values.email.toLowerCase(), values.password)
  } catch (error) {
    const message = isInvalidLogin(error) ? INVALID_LOGIN_MESSAGE : failed(error, "log in")
    return { status: "error", message, values: withoutPassword(values) }
  }
  // A login whose registration stopped before its customer was made.
  if (!hasActor(token, "customer")) return { status: "error", message: NO_CUSTOMER, values: withoutPassword(values) }
  return begin(token)
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
    const message = isIdentityTaken(error) ? TAKEN : failed(error, "register")
    return { status: "error", message, values: withoutPassword(values) }
  }
  return begin(token)
}

export async function logOutAction(): Promise<void> {
  await forgetToken()
  redirect("/")
}
