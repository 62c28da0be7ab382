import { describe, expect, it } from "vitest"
import { readTags, secretMatches } from "./revalidation"

describe("secretMatches", () => {
  it("accepts only the configured secret", () => {
    expect(secretMatches("s3cret-value", "s3cret-value")).toBe(true)
    expect(secretMatches("s3cret-valuE", "s3cret-value")).toBe(false)
    expect(secretMatches("s3cret", "s3cret-value")).toBe(false)
    expect(secretMatches("", "s3cret-value")).toBe(false)
    expect(secretMatches(null, "s3cret-value")).toBe(false)
  })
})

describe("readTags", () => {
  it("reads the tags the backend sends when a product is listed or delisted", () => {
    expect(readTags({ tags: ["products"] })).toEqual(["products"])
    expect(readTags({ tags: ["products", "regions", "products"] })).toEqual(["products", "regions"])
  })

  it("refuses anything but a non-empty list of tag names", () => {
    for (const body of [null, "products", {}, { tags: [] }, { tags: "products" }, { tags: [1] }, { tags: [" "] }]) {
      expect(readTags(body)).toBeNull()
    }
    expect(readTags({ tags: ["x".repeat(257)] })).toBeNull()
  })
})
