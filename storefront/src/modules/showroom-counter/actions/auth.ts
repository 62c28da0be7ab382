"use server"

import { redirect, unstable_rethrow } from "next/navigation"
import { forgetToken, LOGIN_PATH, logIn, rememberToken } from "@/lib/data/showroom-counter"
import { hasActor } from "@/modules/common/auth-token"
import { INVALID_LOGIN_MESSAGE, isInvalidLogin, portalRefusal, UNAVAILABLE_MESSAGE } from "@/modules/common/backend-errors"
import type { FormState } from "@/modules/common/form-state"
import { readFields } from "@/modules/common/form-values"
import { LOGIN_FIELDS, loginErrors, type LoginField } from "@/modules/common/login"

const COUNTER_HOME = "/showroom"
const NOT_STAFF = "Tài khoản này không phải tài khoản quầy của điểm bán nào. Hãy liên hệ Văn phòng Điều phối OCOP."

export async function logInAction(_prev: FormState<LoginField>, form: FormData): Promise<FormState<LoginField>> {
  const values = readFields(form, LOGIN_FIELDS)
  const kept = { email: values.email } // the password is never sent back to the page
  const errors = loginErrors(values)
  if (errors) return { status: "error", errors, values: kept }

  let token: string
  try {
    token = await logIn(values.email.toLowerCase(), values.password)
  } catch (error) {
    unstable_rethrow(error)
    if (isInvalidLogin(error)) return { status: "error", message: INVALID_LOGIN_MESSAGE, values: kept }
    const refusal = portalRefusal(error) // too many wrong passwords: how long to wait
    if (!refusal) console.error("Showroom counter: log in failed:", error)
    return { status: "error", message: refusal ?? UNAVAILABLE_MESSAGE, values: kept }
  }
  if (!hasActor(token, "showroom_staff")) return { status: "error", message: NOT_STAFF, values: kept }
  await rememberToken(token)
  redirect(COUNTER_HOME)
}

export async function logOutAction(): Promise<void> {
  await forgetToken()
  redirect(LOGIN_PATH)
}
