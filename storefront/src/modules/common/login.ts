// The portals' login form (producer portal, showroom counter): one set of rules, run in the browser
// before sending and again in each portal's server action.
import { emailError, type FieldErrors } from "./form-values"

export type LoginField = "email" | "password"

export const LOGIN_FIELDS = ["email", "password"] as const satisfies readonly LoginField[]

/** What is wrong with an email and password before the backend is asked; null when nothing is. */
export function loginErrors(values: Record<LoginField, string>): FieldErrors<LoginField> | null {
  const errors: FieldErrors<LoginField> = {}
  const email = emailError(values.email)
  if (email) errors.email = email
  if (!values.password) errors.password = "Vui lòng nhập mật khẩu."
  return errors.email || errors.password ? errors : null
}
