import "server-only"
import { INVALID_LOGIN_MESSAGE, isInvalidLogin } from "@/modules/common/backend-errors"
import type { FormState } from "@/modules/common/form-state"
import { readFields, withoutPassword } from "@/modules/common/form-values"
import { LOGIN_FIELDS, loginErrors, type LoginField } from "@/modules/common/login"
import { actionFailure } from "./attempt"

/** What differs between the places a person logs in to: the shopper's account and the portals. */
export type LoginArea = {
  /** Names the area in the server log. */
  name: string
  /** The area's own login (its auth provider); answers a token. */
  logIn: (email: string, password: string) => Promise<string>
  /**
   * Whether the token may enter: a login whose registration stopped before its actor was made, or
   * another area's, names no actor of this area, and the area's routes would refuse it.
   */
  admits: (token: string) => boolean
  /** What a login the area does not admit is told. */
  notAdmitted: string
  /** Starts the session and goes to the area's first page. */
  enter: (token: string) => Promise<never>
}

/** The login form's server action for an area: checks the form, logs in, and enters, or says why not. */
export async function logInFrom(form: FormData, area: LoginArea): Promise<FormState<LoginField>> {
  const values = readFields(form, LOGIN_FIELDS)
  const kept = withoutPassword(values)
  const errors = loginErrors(values)
  if (errors) return { status: "error", errors, values: kept }

  let token: string
  try {
    token = await area.logIn(values.email.toLowerCase(), values.password)
  } catch (error) {
    const message = isInvalidLogin(error) ? INVALID_LOGIN_MESSAGE : actionFailure(error, `${area.name}: log in`)
    return { status: "error", message, values: kept }
  }
  if (!area.admits(token)) return { status: "error", message: area.notAdmitted, values: kept }
  return area.enter(token)
}
