import { describe, expect, it } from "vitest"
import { chosenFiles, imageProblem, MAX_IMAGE_BYTES, MAX_IMAGES_PER_UPLOAD } from "./images"

const file = (name: string, type: string, size: number) => ({ name, type, size })

describe("imageProblem", () => {
  it("accepts the backend's types (JPEG, PNG, WebP) up to exactly 5 MB", () => {
    expect(
      imageProblem([
        file("a.jpg", "image/jpeg", MAX_IMAGE_BYTES),
        file("b.png", "image/png", 10),
        file("c.webp", "image/webp", 10),
      ])
    ).toBeNull()
    expect(imageProblem([])).toBeNull()
  })

  it("refuses a picture over 5 MB, naming it and its size", () => {
    expect(imageProblem([file("to.jpg", "image/jpeg", MAX_IMAGE_BYTES + 1)])).toBe(
      'Ảnh "to.jpg" nặng 5,1 MB, vượt quá giới hạn 5 MB.'
    )
  })

  it("refuses other types, such as iPhone HEIC photos, GIF, SVG and PDF, that accept=image/* lets through", () => {
    expect(imageProblem([file("IMG_1.HEIC", "image/heic", 100)])).toBe('Tệp "IMG_1.HEIC" không phải ảnh JPEG, PNG hoặc WebP.')
    expect(imageProblem([file("dong.gif", "image/gif", 100)])).not.toBeNull()
    expect(imageProblem([file("logo.svg", "image/svg+xml", 100)])).not.toBeNull()
    expect(imageProblem([file("giay.pdf", "application/pdf", 100)])).not.toBeNull()
  })

  it("refuses more pictures than one form may send", () => {
    const many = Array.from({ length: MAX_IMAGES_PER_UPLOAD + 1 }, (_, i) => file(`${i}.jpg`, "image/jpeg", 10))
    expect(imageProblem(many)).toMatch(/^Mỗi lần chỉ tải lên tối đa 8 ảnh/)
  })
})

describe("chosenFiles", () => {
  it("drops the empty file an untouched file input submits (however it is named), and text values", () => {
    const untouched = new File([], "", { type: "application/octet-stream" })
    const throughAction = new File([], "undefined", { type: "application/octet-stream" })
    const photo = new File(["x"], "a.jpg", { type: "image/jpeg" })
    expect(chosenFiles([untouched, throughAction, photo, "text"])).toEqual([photo])
  })
})
