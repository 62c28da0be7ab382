import { afterFailure, MAX_ATTEMPTS } from "../delivery"

const now = new Date("2026-12-07T05:00:00Z")
const minutesLater = (at: Date) => (at.getTime() - now.getTime()) / 60_000

describe("afterFailure", () => {
  it("tries again later and later: 1, 5, 15 then 60 minutes", () => {
    expect([1, 2, 3, 4].map((attempts) => minutesLater(afterFailure(attempts, "down", now).next_attempt_at))).toEqual([
      1, 5, 15, 60,
    ])
    expect(afterFailure(1, "down", now).status).toBe("queued")
  })

  it("leaves the notice failed, with its error, after the last attempt", () => {
    expect(afterFailure(MAX_ATTEMPTS, "550 rejected", now)).toMatchObject({ status: "failed", last_error: "550 rejected" })
  })
})
