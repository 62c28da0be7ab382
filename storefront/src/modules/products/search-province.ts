import { foldVietnamese } from "@ocop/contracts"

const words = (text: string) =>
  foldVietnamese(text)
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? []

/**
 * The province a search names, among the catalog's provinces ("nuoc mam nghe an" → "Nghệ An"):
 * all of its words, in order, among the query's words, diacritics and case aside. The longest name
 * wins ("Hà Tĩnh" holds no shorter province, but a query may name two). Null when none is named.
 */
export function provinceNamed(query: string, provinces: string[]): string | null {
  const typed = ` ${words(query).join(" ")} `
  let named: string | null = null
  for (const province of provinces) {
    const name = words(province).join(" ")
    if (name && typed.includes(` ${name} `) && (!named || province.length > named.length)) named = province
  }
  return named
}
