import { statusAfter } from "../transitions"

const now = new Date("2026-11-29T00:00:00Z")
const certificate = (status: "valid" | "expired" | "revoked" | "suspended", expires_at = "2027-06-01T00:00:00Z") => ({
  status,
  expires_at,
  renewal_filed_at: null,
  decision_number: "4894/QĐ-UBND",
})

describe("statusAfter", () => {
  it("revokes any certificate not already revoked, and refuses a second revocation", () => {
    expect(statusAfter("revoke", certificate("valid"), now)).toEqual({ status: "revoked" })
    expect(statusAfter("revoke", certificate("suspended"), now)).toEqual({ status: "revoked" })
    expect(statusAfter("revoke", certificate("revoked"), now)).toEqual({
      refused: "Không thể thu hồi giấy chứng nhận 4894/QĐ-UBND: giấy này đã bị thu hồi.",
    })
  })

  it("suspends only a valid certificate", () => {
    expect(statusAfter("suspend", certificate("valid"), now)).toEqual({ status: "suspended" })
    expect(statusAfter("suspend", certificate("expired"), now)).toHaveProperty("refused")
    expect(statusAfter("suspend", certificate("revoked"), now)).toHaveProperty("refused")
  })

  it("reinstates a suspended certificate, as expired when its validity ran out meanwhile", () => {
    expect(statusAfter("reinstate", certificate("suspended"), now)).toEqual({ status: "valid" })
    expect(statusAfter("reinstate", certificate("suspended", "2026-11-01T00:00:00Z"), now)).toEqual({ status: "expired" })
    expect(statusAfter("reinstate", certificate("valid"), now)).toHaveProperty("refused")
  })
})
