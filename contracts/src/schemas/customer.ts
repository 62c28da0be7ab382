import { z } from "zod"
import { LIMITS, phoneNumber, requiredText } from "./fields"

// Shoppers' accounts (issue 17): Medusa's customer auth (emailpass) with our password rule, and the
// profile the account page edits. The backend checks Medusa's own routes with these; the forms too.

/** The rule as the forms show it beside the password field, before anybody types. */
export const PASSWORD_RULE = "Mật khẩu cần ít nhất 8 ký tự, có cả chữ cái và chữ số."

export const Password = z
  .string({ error: "Nhập mật khẩu." })
  .min(8, PASSWORD_RULE)
  .max(LIMITS.shortText, "Mật khẩu tối đa 100 ký tự.")
  .regex(/\p{L}/u, PASSWORD_RULE)
  .regex(/\d/, PASSWORD_RULE)

export const CustomerEmail = z
  .string({ error: "Nhập email." })
  .trim()
  .toLowerCase()
  .max(LIMITS.shortText * 2, "Email tối đa 200 ký tự.")
  .email("Email không hợp lệ.")

/** `POST /auth/customer/emailpass/register`: a new login, with a password that follows the rule. */
export const CustomerLoginBody = z.object({ email: CustomerEmail, password: Password })
export type CustomerLoginBody = z.infer<typeof CustomerLoginBody>

/** `POST /auth/customer/emailpass/update` with a reset link's token: the new password, by the same rule. */
export const NewPasswordBody = z.object({ password: Password })
export type NewPasswordBody = z.infer<typeof NewPasswordBody>

/** `POST /store/customer-email/verify`: the e-mailed link's address and token. */
export const VerifyEmailBody = z.object({
  email: CustomerEmail,
  token: z.string({ error: "Liên kết xác minh không đầy đủ." }).trim().min(1, "Liên kết xác minh không đầy đủ.").max(LIMITS.code),
})
export type VerifyEmailBody = z.infer<typeof VerifyEmailBody>

/** The account's mobile: a delivery address's phone rule, as the carrier texts it. */
export const CustomerPhone = phoneNumber("mobile", "Nhập số điện thoại di động.")

/** Name and phone as the account page edits them (Medusa's `POST /store/customers[/me]`). */
export const CustomerProfileBody = z.object({
  first_name: requiredText("Nhập họ và tên.", "Họ và tên"),
  phone: CustomerPhone.optional(),
})
export type CustomerProfileBody = z.infer<typeof CustomerProfileBody>
