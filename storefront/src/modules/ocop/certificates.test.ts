import { describe, expect, it } from "vitest"
import { bestCertificate, certifiedStars, decisionLine, productSetLabel } from "./certificates"

describe("decisionLine", () => {
  it("reads as printed on the certificate, dated in Vietnam", () => {
    expect(decisionLine({ decision_number: "4894/QĐ-UBND", decision_date: "2024-11-12T00:00:00.000Z" })).toBe(
      "4894/QĐ-UBND ngày 12/11/2024"
    )
    // 11/11 at 18:00 UTC is already 12/11 in Vietnam.
    expect(decisionLine({ decision_number: "4894/QĐ-UBND", decision_date: "2024-11-11T18:00:00.000Z" })).toBe(
      "4894/QĐ-UBND ngày 12/11/2024"
    )
  })
})

describe("productSetLabel", () => {
  it("puts the set's number before the name the API gives", () => {
    expect(productSetLabel(7, "Chế biến từ rau, quả, hạt")).toBe("7. Chế biến từ rau, quả, hạt")
    expect(productSetLabel("26", "Dịch vụ du lịch cộng đồng")).toBe("26. Dịch vụ du lịch cộng đồng")
  })

  it("falls back to the bare number without a name", () => {
    expect(productSetLabel(27, null)).toBe("27")
  })
})

describe("certifiedStars", () => {
  it("uses the stars the certificate grants, the highest when several are valid", () => {
    expect(certifiedStars([{ stars: 3 }])).toBe(3)
    expect(certifiedStars([{ stars: 3 }, { stars: 4 }])).toBe(4)
  })

  it("returns null (no star badge) when no certificate states 3–5 stars", () => {
    expect(certifiedStars([])).toBeNull()
    expect(certifiedStars([{ stars: 2 }])).toBeNull()
  })
})

describe("bestCertificate", () => {
  const cert = (id: string, stars: number, program_year: number) => ({ id, stars, program_year })

  it("presents the product by the certificate granting the most stars, whatever the order", () => {
    expect(bestCertificate([cert("3-sao", 3, 2025), cert("4-sao", 4, 2022), cert("3-sao-cu", 3, 2021)])?.id).toBe("4-sao")
    expect(bestCertificate([cert("4-sao", 4, 2022), cert("3-sao", 3, 2025)])?.id).toBe("4-sao")
  })

  it("between equal ratings, takes the most recent evaluation", () => {
    expect(bestCertificate([cert("2022", 4, 2022), cert("2024", 4, 2024), cert("2023", 4, 2023)])?.id).toBe("2024")
  })

  it("returns null when the product holds no valid certificate", () => {
    expect(bestCertificate([])).toBeNull()
  })
})
