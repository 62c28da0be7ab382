import { describe, expect, it } from "vitest"
import { classifyTags } from "./facets"

describe("classifyTags", () => {
  it("splits the star tags ('4 sao') from the province tags", () => {
    const facets = classifyTags([
      { id: "t1", value: "Nghệ An" },
      { id: "t2", value: "4 sao" },
      { id: "t3", value: "Hà Tĩnh" },
      { id: "t4", value: "3 sao" },
    ])
    expect(facets.stars).toEqual([
      { id: "t4", stars: 3 },
      { id: "t2", stars: 4 },
    ])
    expect(facets.provinces.map((p) => p.name)).toEqual(["Hà Tĩnh", "Nghệ An"])
  })

  it("does not take star levels outside OCOP's 3–5 for star tags", () => {
    expect(classifyTags([{ id: "t1", value: "2 sao" }]).stars).toEqual([])
  })
})
