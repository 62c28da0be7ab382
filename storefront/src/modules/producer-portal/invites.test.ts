import { describe, expect, it } from "vitest"
import { invitePath, requestOrigin } from "./invites"

const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null

describe("invitePath", () => {
  it("carries the token, encoded, to the invite page", () => {
    expect(invitePath("abc+/=")).toBe("/producer/invite?token=abc%2B%2F%3D")
  })
})

describe("requestOrigin", () => {
  it("uses the host the browser used, through a reverse proxy's forwarded headers first", () => {
    expect(requestOrigin(headers({ host: "localhost:8000" }))).toBe("http://localhost:8000")
    expect(
      requestOrigin(headers({ host: "localhost:8000", "x-forwarded-host": "ocop.vn, proxy", "x-forwarded-proto": "https" }))
    ).toBe("https://ocop.vn")
  })

  it("is null without a host", () => {
    expect(requestOrigin(headers({}))).toBeNull()
  })
})
