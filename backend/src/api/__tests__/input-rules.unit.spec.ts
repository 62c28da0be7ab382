import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { calendarDate, vietnameseIssueMessage } from "@ocop/contracts/schemas"
import { describeError } from "../error-handler"
import { inputBoundary } from "../input-boundary"

const day = calendarDate("Ngày cấp")
const refusal = (value: unknown) => {
  const result = day.safeParse(value)
  return result.success ? null : result.error.issues[0].message
}

describe("calendar dates", () => {
  it("keeps a real day as the start of that day, in UTC or in Vietnam", () => {
    expect(day.parse("2026-02-28")).toEqual(new Date("2026-02-28T00:00:00Z"))
    expect(calendarDate("Ngày sản xuất", "vietnam").parse("2026-11-20")).toEqual(new Date("2026-11-19T17:00:00Z"))
    expect(day.parse("2024-02-29")).toEqual(new Date("2024-02-29T00:00:00Z"))
    expect(day.parse("2026-03-01T08:30:00.000Z")).toEqual(new Date("2026-03-01T08:30:00Z"))
  })

  it("refuses days that do not exist instead of rolling them into the next month", () => {
    expect(refusal("2026-02-30")).toBe("Ngày cấp không có thật: ngày 30 tháng 2 năm 2026 không tồn tại.")
    expect(refusal("2025-02-29")).toMatch(/không có thật/)
    expect(refusal("2026-13-01")).toMatch(/không có thật/)
    expect(refusal("2026-04-31T10:00:00Z")).toMatch(/không có thật/)
  })

  it("refuses years no OCOP record can have and anything that is not a date", () => {
    expect(refusal("0000-01-01")).toBe("Ngày cấp phải trong khoảng năm 2000–2100.")
    expect(refusal("+275760-09-13")).toMatch(/YYYY-MM-DD/)
    expect(refusal("20-11-2026")).toMatch(/YYYY-MM-DD/)
    expect(refusal(20261120)).toMatch(/YYYY-MM-DD/)
    expect(refusal("2026-11-20T10:00")).toMatch(/YYYY-MM-DD/) // a moment without its zone is ambiguous
  })
})

describe("zod's fallback messages", () => {
  it("name the field and the rule in Vietnamese", () => {
    const schema = z.object({ title: z.string().max(3), lines: z.array(z.string()).max(1), stars: z.number() })
    const messages = schema.safeParse({ title: "abcd", lines: ["a", "b"] }).error!.issues.map((i) => vietnameseIssueMessage(i))
    expect(messages).toEqual(["«title» tối đa 3 ký tự.", "«lines» tối đa 1 mục.", "Thiếu «stars»."])
  })
})

function throughBoundary(url: string, body?: unknown): unknown {
  let passed: unknown = "not called"
  const res = { json: (b: unknown) => b, statusCode: 200 }
  // Only what the boundary reads of a request and writes on a response.
  const req = { originalUrl: url, query: Object.fromEntries(new URL(url, "http://x").searchParams), body }
  inputBoundary(
    req as Pick<MedusaRequest, keyof typeof req> as MedusaRequest,
    res as Pick<MedusaResponse, keyof typeof res> as MedusaResponse,
    (error?: unknown) => {
      passed = error ?? null
    }
  )
  return passed
}

describe("the input boundary", () => {
  const code = (url: string, body?: unknown) => (throughBoundary(url, body) as { code?: string } | null)?.code ?? null

  it("lets ordinary Vietnamese input through, line breaks in body text included", () => {
    expect(code("/store/catalog?q=n%C6%B0%E1%BB%9Bc%20m%E1%BA%AFm")).toBeNull()
    expect(code("/producer/products", { title: "Nước mắm Kỳ Phú", description: "Dòng 1\nDòng 2\tcột" })).toBeNull()
  })

  it("refuses control characters in the path, the query and the body", () => {
    expect(code("/store/trace/a%00b")).toBe("control_character")
    expect(code("/store/catalog?q=%00")).toBe("control_character")
    expect(code("/store/catalog?q=a%0Ab")).toBe("control_character")
    expect(code("/producer/products", { variants: [{ title: "a\u0000" }] })).toBe("control_character")
    expect(code("/producer/products", { title: "abc\u202Edef" })).toBe("control_character")
    expect(code("/producer/products", { title: "\ud800" })).toBe("control_character")
  })

  it("refuses malformed percent-encoding and oversized input", () => {
    expect(code("/store/trace/%c0%ae")).toBe("malformed_encoding")
    expect(code("/store/trace/50%")).toBe("malformed_encoding")
    expect(code("/store/catalog?q=%E0%A4%A")).toBe("malformed_encoding")
    expect(code(`/store/trace/${"x".repeat(201)}`)).toBe("too_long")
    expect(code("/producer/products", { title: "x".repeat(20_001) })).toBe("too_long")
    expect(code("/producer/products", { images: Array(1_001).fill("x") })).toBe("too_many")
  })

  it("leaves Medusa Admin's pages alone", () => {
    expect(code("/app/orders?x=%00")).toBeNull()
  })
})

describe("refusals", () => {
  it("turn Medusa's English and internal ids into a Vietnamese sentence with a code", () => {
    const { status, body } = describeError(
      Object.assign(new Error("Not enough stock available for item iitem_01ABC at location sloc_01DEF"), { type: "not_allowed" })
    )
    expect(status).toBe(400)
    expect(body.code).toBe("insufficient_inventory")
    expect(body.message).not.toMatch(/iitem_|sloc_/)
  })

  it("answer a path Express cannot decode with 400, not 500", () => {
    expect(describeError(new URIError("Failed to decode param '%c0%ae'"))).toMatchObject({
      status: 400,
      body: { code: "malformed_encoding" },
    })
  })

  it("answer broken JSON in Vietnamese", () => {
    const parseError = Object.assign(new SyntaxError("Unexpected end of JSON input"), {
      type: "entity.parse.failed",
      status: 400,
      statusCode: 400,
    })
    expect(describeError(parseError)).toMatchObject({ status: 400, body: { code: "invalid_json" } })
  })
})
