import { searchText } from "../search-text"

describe("searchText", () => {
  it("folds diacritics and đ, lower-cases and joins what is given", () => {
    expect(searchText(["Nước mắm  Cửa Lò", null, "ĐỨC THỌ"])).toBe("nuoc mam cua lo duc tho")
  })
})
