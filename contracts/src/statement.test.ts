import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { guessStatementColumns, parseCsv, statementAmount, statementDate, statementHeaderRow, statementLines } from "./statement"

// A Vietcombank-like export: title rows, a BOM, quoted amounts with comma grouping, a debit row, a total row.
const VCB = [
  "\uFEFFSAO KÊ TÀI KHOẢN,,,,",
  "Số tài khoản: 0011000000000,,,,",
  "Ngày giao dịch,Số tham chiếu,Số tiền ghi nợ,Số tiền ghi có,Nội dung",
  '06/12/2026,5009.34878,,"1,250,000","MBVCB.1234.OCOP 1042.CT tu 0011 NGUYEN VAN A"',
  '06/12/2026,5009.34879,"50,000",,Phi dich vu',
  'Tổng,,"50,000","1,250,000",',
].join("\r\n")

describe("parseCsv", () => {
  it("drops a UTF-8 BOM, keeps quoted separators and doubled quotes, and leaves blank rows out", () => {
    assert.deepEqual(parseCsv('\uFEFFa,"b,1","say ""hi"""\n\n1,2,3\n'), [
      ["a", "b,1", 'say "hi"'],
      ["1", "2", "3"],
    ])
  })

  it("reads a semicolon-separated export, as spreadsheets in a Vietnamese locale save it", () => {
    assert.deepEqual(parseCsv("Ngày;Ghi có\r\n01/12/2026;1.000.000"), [
      ["Ngày", "Ghi có"],
      ["01/12/2026", "1.000.000"],
    ])
  })
})

describe("guessStatementColumns", () => {
  it("maps the Vietnamese headers of a VCB export, credit rather than debit", () => {
    const rows = parseCsv(VCB)
    const header = statementHeaderRow(rows)
    assert.equal(header, 2)
    assert.deepEqual(guessStatementColumns(rows[header]), { date: 0, credit: 3, memo: 4, reference: 1 })
  })

  it("maps MB's and ACB's wording too", () => {
    assert.deepEqual(guessStatementColumns(["Ngày hạch toán", "Phát sinh Nợ", "Phát sinh Có", "Diễn giải", "Số giao dịch"]), {
      date: 0,
      credit: 2,
      memo: 3,
      reference: 4,
    })
    assert.deepEqual(guessStatementColumns(["Ngày giao dịch", "Tiền rút ra", "Tiền gửi vào", "Nội dung"]), {
      date: 0,
      credit: 2,
      memo: 3,
      reference: null,
    })
  })
})

describe("statementLines", () => {
  it("takes the rows below the header in the mapped columns, numbered as in the file, and stops at the total", () => {
    const rows = parseCsv(VCB)
    const lines = statementLines(rows, 2, { date: 0, credit: 3, memo: 4, reference: 1 })
    assert.deepEqual(lines, [
      {
        row: 4,
        date: "06/12/2026",
        amount: "1,250,000",
        memo: "MBVCB.1234.OCOP 1042.CT tu 0011 NGUYEN VAN A",
        reference: "5009.34878",
      },
      { row: 5, date: "06/12/2026", amount: "", memo: "Phi dich vu", reference: "5009.34879" },
    ])
  })
})

describe("statementAmount", () => {
  it("reads whole đồng grouped with commas, dots or spaces, with a currency or zero decimals", () => {
    for (const raw of ["1,000,000", "1.000.000", "1 000 000", "1000000", "1.000.000 VND", "1,000,000.00", "1.000.000,00 ₫"]) {
      assert.deepEqual(statementAmount(raw), { ok: true, value: 1_000_000 }, raw)
    }
    assert.deepEqual(statementAmount("52,000"), { ok: true, value: 52_000 })
  })

  it("reads an empty cell as no money in (a debit row)", () => {
    for (const raw of ["", "-", "0", "0.00"]) assert.deepEqual(statementAmount(raw), { ok: true, value: 0 }, raw)
  })

  it("refuses what it would have to guess, with a Vietnamese reason", () => {
    for (const raw of ["abc", "1.5", "1,00,000", "1.000,000", "12.34.567"]) {
      const checked = statementAmount(raw)
      assert.equal(checked.ok, false, raw)
      if (!checked.ok) assert.match(checked.reason, /không đọc được/)
    }
    const negative = statementAmount("-50,000")
    assert.equal(negative.ok, false)
    if (!negative.ok) assert.match(negative.reason, /số âm/)
  })
})

describe("statementDate", () => {
  it("reads dd/MM/yyyy as that day's start in Vietnam, with a time when there is one", () => {
    assert.deepEqual(statementDate("06/12/2026"), { ok: true, value: new Date("2026-12-05T17:00:00.000Z") })
    assert.deepEqual(statementDate("6/12/2026 14:02:37"), { ok: true, value: new Date("2026-12-06T07:02:37.000Z") })
    assert.deepEqual(statementDate("2026-12-06"), { ok: true, value: new Date("2026-12-05T17:00:00.000Z") })
  })

  it("refuses an impossible day and text that is no date", () => {
    const impossible = statementDate("31/02/2026")
    assert.equal(impossible.ok, false)
    if (!impossible.ok) assert.match(impossible.reason, /không có thật/)
    const text = statementDate("hôm qua")
    assert.equal(text.ok, false)
    if (!text.ok) assert.match(text.reason, /không đọc được/)
  })
})
