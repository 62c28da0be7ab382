import assert from "node:assert/strict"
import { test } from "node:test"
import { didYouMean, editDistance, highlightRanges } from "./search-hints"

/** The marked pieces of a text, as the product card shows them. */
const marked = (text: string, query: string) => highlightRanges(text, query).map(({ start, end }) => text.slice(start, end))

test("marks the query's words in a title whatever the diacritics and case", () => {
  assert.deepEqual(marked("Bánh đa vừng Hà Tâm", "banh da"), ["Bánh", "đa"])
  assert.deepEqual(marked("Nước mắm Cửa Lò", "NƯỚC MẮM"), ["Nước", "mắm"])
  assert.deepEqual(marked("Kẹo cu đơ", "kẹo"), ["Kẹo"])
})

test("marks only the typed beginning of a word, and not a word found only inside another", () => {
  assert.deepEqual(marked("Bánh đa vừng", "ban"), ["Bán"])
  assert.deepEqual(marked("Mật ong Cường Nga", "cu"), ["Cư"])
  assert.deepEqual(marked("Dầu lạc", "au"), [])
})

test("marks a word written in another dialect spelling or with a doubled letter, as the similar match found it", () => {
  assert.deepEqual(marked("Xúc xích Lương Hà", "suc sich"), ["Xúc", "xích"])
  assert.deepEqual(marked("Mật ong Vũ Quang", "mat ongg"), ["Mật", "ong"])
  assert.deepEqual(marked("Giò bột Thâm Thanh", "rio"), ["Giò"])
})

test("keeps the text's own positions when it is written in decomposed form (NFD)", () => {
  const nfd = "Bánh đa".normalize("NFD")
  assert.deepEqual(marked(nfd, "banh"), ["Bánh".normalize("NFD")])
  assert.deepEqual(marked(nfd, "ba"), ["Bá".normalize("NFD")])
})

test("marks nothing for an empty query or punctuation", () => {
  assert.deepEqual(highlightRanges("Bánh đa", ""), [])
  assert.deepEqual(highlightRanges("Bánh đa", " …!? "), [])
})

test("counts a typo's edits, a swap of two neighbours as one", () => {
  assert.equal(editDistance("ong", "ong"), 0)
  assert.equal(editDistance("mam", "mma"), 1)
  assert.equal(editDistance("nuoc", "nuco"), 1)
  assert.equal(editDistance("banh", "bnah"), 1)
  assert.equal(editDistance("keo", "kẹo"), 1)
  assert.equal(editDistance("", "abc"), 3)
})

test("offers the titles' words for a doubled letter, a dialect spelling and a typo, with their diacritics", () => {
  const titles = ["Mật ong Vũ Quang Triều Thu", "Mật ong Cường Nga", "Mật mía Phú Gia"]
  assert.equal(didYouMean("mat ongg", titles), "mật ong")
  assert.equal(didYouMean("sút sích", ["Xúc xích Lương Hà"]), "xúc xích")
  assert.equal(didYouMean("nuco mam", ["Nước mắm Cửa Lò", "Nước mắm Kỳ Phú"]), "nước mắm")
})

test("keeps a word nothing is close to, and answers null when nothing reads better", () => {
  assert.equal(didYouMean("mat ongg xyzzy", ["Mật ong Cường Nga"]), "mật ong xyzzy")
  assert.equal(didYouMean("mật ong", ["Mật ong Cường Nga"]), null)
  assert.equal(didYouMean("mat ong", ["Mật ong Cường Nga"]), null)
  assert.equal(didYouMean("qwerty", ["Mật ong Cường Nga"]), null)
  assert.equal(didYouMean("…", ["Mật ong Cường Nga"]), null)
  assert.equal(didYouMean("mat ongg", []), null)
})

test("prefers fewer edits, then the word more of the titles hold", () => {
  // "kao" is one edit from "kẹo" (two titles) and from "cao" (one); "keoo" is "kẹo" doubled (no edit).
  assert.equal(didYouMean("kao", ["Cao sao vàng", "Kẹo cu đơ", "Kẹo lạc"]), "kẹo")
  assert.equal(didYouMean("keoo", ["Kéo cắt", "Kẹo lạc", "Kẹo cu đơ"]), "kẹo")
  // Diacritics alone are no correction: the catalog already found "gio" as typed.
  assert.equal(didYouMean("gio", ["Giò bột", "Gió lào"]), null)
})
