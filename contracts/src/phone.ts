/**
 * A Vietnamese mobile (0[35789] + 8 digits) or landline (02 + 9 digits) number, written as people do
 * ("0912 345 678", "+84 912.345.678", "(0239) 3855 123"), as "0912345678"; null for anything else.
 * The rule of producers' contact numbers (registration and profile, in the portal and the backend).
 */
export function normalizePhone(input: string): string | null {
  const digits = input
    .replace(/[\s.\-()]/g, "")
    .replace(/^\+84/, "0")
    .replace(/^84(?=\d{9,10}$)/, "0")
  return /^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits) ? digits : null
}

/** What a producer is told when its phone number does not fit normalizePhone. */
export const PHONE_MESSAGE = "Số điện thoại không hợp lệ: nhập số di động 10 số (ví dụ 0912 345 678) hoặc số cố định có mã vùng (ví dụ 0239 3855 123)."
