"use server"

import { redirect } from "next/navigation"
import {
  acceptInvite,
  forgetToken,
  LOGIN_PATH,
  logIn,
  refreshToken,
  registerIdentity,
  registerProducer,
  rememberToken,
} from "@/lib/data/producer-portal"
import { isIdentityTaken, isInvalidLogin } from "@/modules/common/backend-errors"
import { actionFailure } from "@/modules/common/actions/attempt"
import { logInFrom } from "@/modules/common/actions/log-in"
import type { FormState } from "@/modules/common/form-state"
import { readFields, withoutPassword } from "@/modules/common/form-values"
import type { LoginField } from "@/modules/common/login"
import {
  ACCOUNT_FIELDS,
  accountErrors,
  REGISTRATION_FIELDS,
  validateRegistration,
  type AccountField,
  type RegistrationField,
} from "@/modules/producer-portal/producer-form"
import { hasProducerActor } from "@/modules/producer-portal/session"

const PORTAL_HOME = "/producer"
const INVALID_INVITE = "Liên kết mời không hợp lệ. Hãy mở đúng liên kết mà chủ sở hữu đã gửi cho bạn."
const NOT_REGISTERED =
  "Email này chưa được đăng ký cho nhà sản xuất nào. Hãy đăng ký nhà sản xuất, hoặc dùng liên kết mời mà chủ sở hữu gửi cho bạn."

export async function logInAction(_prev: FormState<LoginField>, form: FormData): Promise<FormState<LoginField>> {
  return logInFrom(form, {
    name: "Producer portal",
    logIn,
    admits: hasProducerActor,
    notAdmitted: NOT_REGISTERED,
    enter: async (token) => {
      await rememberToken(token)
      redirect(PORTAL_HOME)
    },
  })
}

export async function logOutAction(): Promise<void> {
  await forgetToken()
  redirect(LOGIN_PATH)
}

/**
 * A token to create a member with: a new login's registration token or, when the email already has a
 * login (a registration that stopped half-way), that login's token if the password matches. A login
 * that already has its member is logged in as is.
 */
async function registrationToken(
  email: string,
  password: string
): Promise<{ token: string; member: boolean } | { error: string }> {
  try {
    return { token: await registerIdentity(email, password), member: false }
  } catch (error) {
    if (!isIdentityTaken(error)) return { error: actionFailure(error, "Producer portal: register a login") }
  }
  try {
    const token = await logIn(email, password)
    return { token, member: hasProducerActor(token) }
  } catch (error) {
    if (isInvalidLogin(error)) return { error: "Email này đã có tài khoản. Hãy đăng nhập, hoặc dùng một email khác để đăng ký." }
    return { error: actionFailure(error, "Producer portal: log in an existing login") }
  }
}

export async function registerAction(_prev: FormState<RegistrationField>, form: FormData): Promise<FormState<RegistrationField>> {
  const values = readFields(form, REGISTRATION_FIELDS)
  const validation = validateRegistration(values)
  if (!validation.ok) return { status: "error", errors: validation.errors, values: withoutPassword(values) }
  const { account, member, producer } = validation.registration

  const registration = await registrationToken(account.email, account.password)
  if ("error" in registration) return { status: "error", message: registration.error, values: withoutPassword(values) }
  if (registration.member) {
    await rememberToken(registration.token)
    redirect(PORTAL_HOME)
  }

  try {
    await registerProducer(registration.token, { producer, member })
    // The registration token names no member: a fresh one carries the owner just created.
    await rememberToken(await refreshToken(registration.token))
  } catch (error) {
    return {
      status: "error",
      message: actionFailure(error, "Producer portal: register a producer"),
      values: withoutPassword(values),
    }
  }
  redirect(PORTAL_HOME)
}

export async function acceptInviteAction(_prev: FormState<AccountField>, form: FormData): Promise<FormState<AccountField>> {
  const inviteToken = String(form.get("invite_token") ?? "")
  const values = readFields(form, ACCOUNT_FIELDS)
  const errors = accountErrors(values)
  if (Object.keys(errors).length > 0) return { status: "error", errors, values: withoutPassword(values) }
  if (!inviteToken) return { status: "error", message: INVALID_INVITE, values: withoutPassword(values) }

  const registration = await registrationToken(values.account_email.toLowerCase(), values.password)
  if ("error" in registration) return { status: "error", message: registration.error, values: withoutPassword(values) }
  if (registration.member)
    return {
      status: "error",
      message: "Email này đã là thành viên của một nhà sản xuất. Hãy đăng nhập bằng email đó, hoặc dùng email khác.",
      values: withoutPassword(values),
    }

  try {
    await acceptInvite(registration.token, { token: inviteToken, name: values.member_name })
    await rememberToken(await refreshToken(registration.token))
  } catch (error) {
    return {
      status: "error",
      message: actionFailure(error, "Producer portal: accept an invite"),
      values: withoutPassword(values),
    }
  }
  redirect(PORTAL_HOME)
}
