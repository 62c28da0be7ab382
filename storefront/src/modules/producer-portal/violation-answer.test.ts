import { describe, expect, it } from "vitest"
import { answerProblems, MAX_ANSWER_FILES } from "./violation-answer"

const photo = { name: "nhan-moi.jpg", type: "image/jpeg", size: 200_000 }

describe("the form answering a violation", () => {
  it("accepts a text with photos or PDFs as evidence, or with none", () => {
    expect(answerProblems("Đã in lại nhãn đúng mẫu.", [photo, { name: "tccs.pdf", type: "application/pdf", size: 9 }])).toEqual(
      {}
    )
    expect(answerProblems("Đã niêm yết quy trình.", [])).toEqual({})
  })

  it("asks for the text, with the API's own sentence", () => {
    expect(answerProblems("   ", [photo]).text).toMatch(/Nhập nội dung trả lời/)
  })

  it("refuses a file that is neither a picture nor a PDF, over 10 MB, or too many files", () => {
    const text = "Đã khắc phục."
    expect(answerProblems(text, [{ name: "anh.gif", type: "image/gif", size: 10 }]).files).toMatch(/"anh.gif" không phải PDF/)
    expect(answerProblems(text, [{ ...photo, size: 11 * 1024 * 1024 }]).files).toMatch(/10 MB/)
    expect(answerProblems(text, Array(MAX_ANSWER_FILES + 1).fill(photo)).files).toMatch(/tối đa 4 tệp/)
  })
})
