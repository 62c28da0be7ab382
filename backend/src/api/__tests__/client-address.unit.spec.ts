import type { MedusaRequest } from "@medusajs/framework/http"
import { clientAddress } from "../rate-limits"

const request = (peer: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  }) as unknown as MedusaRequest

describe("the client address rate limits and scan counts are keyed by", () => {
  afterEach(() => delete process.env.TRUSTED_PROXIES)

  it("is the connecting address when that is not a trusted proxy, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(request("203.0.113.7"))).toBe("203.0.113.7")
    expect(clientAddress(request("203.0.113.7", "198.51.100.1"))).toBe("203.0.113.7")
    expect(clientAddress(request("::ffff:203.0.113.7", "198.51.100.1"))).toBe("203.0.113.7")
  })

  it("is the address a proxy on this machine (the storefront, nginx) forwarded: the rightmost that is not a trusted proxy", () => {
    expect(clientAddress(request("127.0.0.1", "198.51.100.1"))).toBe("198.51.100.1")
    expect(clientAddress(request("::ffff:127.0.0.1", "6.6.6.6, 198.51.100.1"))).toBe("198.51.100.1")
    expect(clientAddress(request("::1", "198.51.100.1, 127.0.0.1"))).toBe("198.51.100.1")
    expect(clientAddress(request("127.0.0.1"))).toBe("127.0.0.1")
  })

  it("believes X-Forwarded-For from the proxies named in TRUSTED_PROXIES, addresses or ranges", () => {
    expect(clientAddress(request("10.0.0.5", "198.51.100.1"))).toBe("10.0.0.5")
    process.env.TRUSTED_PROXIES = "10.0.0.0/24, 192.0.2.9"
    expect(clientAddress(request("10.0.0.5", "198.51.100.1"))).toBe("198.51.100.1")
    expect(clientAddress(request("192.0.2.9", "198.51.100.1, 10.0.0.7"))).toBe("198.51.100.1")
    expect(clientAddress(request("10.0.1.5", "198.51.100.1"))).toBe("10.0.1.5")
  })
})
