import { describe, expect, it } from "vitest"
import { pageWindow } from "./page-window"

describe("pageWindow", () => {
  it("links every page of a short list", () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4])
  })

  it("links the first, the last and the current page's neighbours of a long list, with gaps between", () => {
    expect(pageWindow(10, 20)).toEqual([1, null, 9, 10, 11, null, 20])
    expect(pageWindow(1, 20)).toEqual([1, 2, null, 20])
    expect(pageWindow(20, 20)).toEqual([1, null, 19, 20])
  })

  it("shows a single skipped page rather than a gap of one", () => {
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it("links the pages that exist when the URL asks for one past the end", () => {
    expect(pageWindow(9, 3)).toEqual([1, 2, 3])
  })
})
