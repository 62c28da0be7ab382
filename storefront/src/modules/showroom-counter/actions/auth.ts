"use server"

import { redirect } from "next/navigation"
import { forgetToken, LOGIN_PATH, logIn, rememberToken } from "@/lib/data/showroom-counter"
import { logInFrom } from "@/modules/common/actions/log-in"
import { hasActor } from "@/modules/common/auth-token"
import type { FormState } from "@/modules/common/form-state"
import type { LoginField } from "@/modules/common/login"

const COUNTER_HOME = "/showroom"
const NOT_STAFF = "Tài khoản này không phải tài khoản quầy của điểm bán nào. Hãy liên hệ Văn phòng Điều phối OCOP."

export async function logInAction(_prev: FormState<LoginField>, form: FormData): Promise<FormState<LoginField>> {
  return logInFrom(form, {
    name: "Showroom counter",
    logIn,
    admits: (token) => hasActor(token, "showroom_staff"),
    notAdmitted: NOT_STAFF,
    enter: async (token) => {
      await rememberToken(token)
      redirect(COUNTER_HOME)
    },
  })
}

export async function logOutAction(): Promise<void> {
  await forgetToken()
  redirect(LOGIN_PATH)
}
