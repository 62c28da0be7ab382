import { z } from "zod"

/**
 * Zod's fallback messages in Vietnamese, naming the field: a schema's own message (most of ours)
 * still wins. Set once, when the schemas load: Medusa's own request validators (the same zod) and the
 * storefront's forms answer in Vietnamese too.
 */
const TYPE_NAMES: Record<string, string> = {
  string: "chuỗi ký tự",
  number: "một số",
  int: "một số nguyên",
  boolean: "true hoặc false",
  array: "một danh sách",
  object: "một đối tượng",
  date: "một ngày",
}

const UNITS: Record<string, string> = { string: "ký tự", array: "mục", set: "mục", file: "byte" }

/** An issue as zod's error map receives it (no message yet) or as a failed parse reports it. */
type Issue = z.core.$ZodRawIssue | z.core.$ZodIssue

export function vietnameseIssueMessage(issue: Issue): string {
  const field = issue.path?.length ? `«${issue.path.map(String).join(".")}»` : "Giá trị"
  const limit = (n: number | bigint, origin: string) => {
    const unit = UNITS[origin] ?? ""
    return `${Number(n).toLocaleString("vi-VN")}${unit ? ` ${unit}` : ""}`
  }
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? `Thiếu ${field}.` : `${field} phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}.`
    case "too_big":
      return `${field} tối đa ${limit(issue.maximum, issue.origin)}.`
    case "too_small":
      return issue.origin === "string" && Number(issue.minimum) === 1
        ? `${field} không được để trống.`
        : `${field} tối thiểu ${limit(issue.minimum, issue.origin)}.`
    case "invalid_value":
      return `${field} phải là một trong: ${issue.values.map(String).join(", ")}.`
    case "invalid_format":
      return issue.format === "email" ? `${field} không phải địa chỉ email hợp lệ.` : `${field} không đúng định dạng.`
    case "unrecognized_keys":
      return `Không nhận trường ${issue.keys.map((key) => `«${key}»`).join(", ")}.`
    case "not_multiple_of":
      return `${field} phải là bội số của ${issue.divisor}.`
    default:
      return `${field} không hợp lệ.`
  }
}

z.config({ customError: (issue) => vietnameseIssueMessage(issue) })
