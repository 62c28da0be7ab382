/**
 * Which Vietnamese numbers a form takes:
 * - `callable`: a mobile (0[35789] + 8 digits) or a landline (02 + area code + number, 11 digits), for a
 *   producer's or a showroom's contact number, where people call a desk;
 * - `mobile`: a mobile only, for a delivery, because the carrier texts the shopper before it arrives.
 */
export type PhoneKind = "callable" | "mobile"

const MOBILE = /^0[35789]\d{8}$/
const LANDLINE = /^02\d{9}$/

/**
 * The one stored form of a phone number, "0912345678" (national digits, as carriers and people use it),
 * read from the ways people write it ("0912 345 678", "+84 912.345.678", "(0239) 3855 123");
 * null when it is not a number of that kind.
 */
export function normalizePhone(input: string, kind: PhoneKind = "callable"): string | null {
  const digits = input
    .replace(/[\s.\-()]/g, "")
    .replace(/^\+84/, "0")
    .replace(/^84(?=\d{9,10}$)/, "0")
  if (MOBILE.test(digits)) return digits
  return kind === "callable" && LANDLINE.test(digits) ? digits : null
}

/** What a person is told when the number does not fit normalizePhone's rule of that kind. */
export const PHONE_MESSAGES: Record<PhoneKind, string> = {
  callable:
    "Số điện thoại không hợp lệ: nhập số di động 10 số (ví dụ 0912 345 678) hoặc số cố định có mã vùng (ví dụ 0239 3855 123).",
  mobile:
    "Số điện thoại không hợp lệ: nhập số di động Việt Nam 10 số (ví dụ 0912 345 678) để đơn vị vận chuyển nhắn tin khi giao hàng.",
}
