import { describe, expect, it } from "vitest"
import { formWith } from "@/modules/common/form-data"
import { readStandardFields, standardProblems } from "./standard-form"

const pdf = { name: "tccs.pdf", type: "application/pdf", size: 20_000 }
const today = new Date().toISOString().slice(0, 10)

describe("the form publishing a standard", () => {
  it("accepts a TCCS with its version, effective day and a PDF", () => {
    const fields = readStandardFields(formWith({ kind: "tccs", version: "  TCCS 01:2026/HTX  ", effective_on: today }))
    expect(fields.version).toBe("TCCS 01:2026/HTX")
    expect(standardProblems(fields, pdf)).toEqual({})
  })

  it("says which field is wrong, in Vietnamese, with the API's own schema", () => {
    const problems = standardProblems({ kind: "label", version: "", effective_on: "1999-01-01" }, null)
    expect(problems.kind).toMatch(/Chọn loại tài liệu/)
    expect(problems.version).toMatch(/Nhập số hiệu phiên bản/)
    expect(problems.effective_on).toMatch(/2000/)
    expect(problems.file).toMatch(/Chọn tệp PDF hoặc ảnh/)
  })

  it("refuses a file that is neither a PDF nor a picture, or over 10 MB", () => {
    const fields = { kind: "process", version: "QTSX 01", effective_on: today }
    expect(standardProblems(fields, { name: "quy-trinh.docx", type: "application/msword", size: 100 }).file).toMatch(
      /không phải PDF hay ảnh/
    )
    expect(standardProblems(fields, { ...pdf, size: 11 * 1024 * 1024 }).file).toMatch(/10 MB/)
  })
})
