// Reading what a form sent, shared by the portals' pure form rules (they run in the browser and again
// in the server action).

export type FieldErrors<F extends string> = Partial<Record<F, string>>

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Each field's text, trimmed; passwords are taken as typed (a leading space is part of the secret). */
export function readFields<F extends string>(form: FormData, fields: readonly F[]): Record<F, string> {
  const values = {} as Record<F, string>
  for (const field of fields) {
    const value = form.get(field)
    values[field] = typeof value === "string" ? (field === "password" ? value : value.trim()) : ""
  }
  return values
}

/** What a refused form gets back to show again: never the password. */
export function withoutPassword<F extends string>(values: Record<F, string>): Partial<Record<F, string>> {
  const { password: _password, ...rest } = values as Record<string, string>
  return rest as Partial<Record<F, string>>
}

export function emailError(value: string, missing = "Vui lòng nhập email."): string | undefined {
  if (!value) return missing
  if (!EMAIL_PATTERN.test(value) || value.length > 254) return "Email không hợp lệ (ví dụ: ten@example.com)."
  return undefined
}
