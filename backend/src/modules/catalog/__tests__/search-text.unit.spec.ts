import { searchText, searchWords } from "../search-text"

describe("searchText", () => {
  it("folds diacritics and đ, lower-cases and joins what is given", () => {
    expect(searchText(["Nước mắm  Cửa Lò", null, "ĐỨC THỌ"])).toBe("nuoc mam cua lo duc tho")
  })
})

describe("searchWords", () => {
  it("reads a query as folded words, punctuation between or around them left out", () => {
    expect(searchWords("  Mật-ong, VŨ QUANG!")).toEqual(["mat", "ong", "vu", "quang"])
    expect(searchWords("– … ?")).toEqual([])
  })
})
