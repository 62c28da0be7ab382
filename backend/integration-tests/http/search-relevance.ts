/**
 * The catalog search's relevance set (issue 18): what shoppers type, and which products of the demo
 * catalog (scripts/seed-data/ocop-products.csv, by handle) must come first. Engine-agnostic data: any
 * search engine behind `GET /store/catalog?q=` (PostgreSQL today, Meilisearch later) runs the same
 * cases with `expectRelevant`.
 *
 * `top`: the products that must fill the first places, in any order (one to three); the first result
 * must be one of them. An empty `top`: nothing may be found. `needs`: what finding it takes beyond
 * folding diacritics — `typed` (every word is in the product's text as typed), `folds` (a dialect
 * spelling or a doubled letter, `dialectKey`), `typo` (a misspelling no fold joins).
 */
export type RelevanceCase = { query: string; top: string[]; needs: "typed" | "folds" | "typo"; why?: string }

export const RELEVANCE_SET: RelevanceCase[] = [
  // Product names, with and without diacritics.
  { query: "kẹo cu đơ", top: ["keo-cu-do-ha-tinh-nguyen-hang"], needs: "typed" },
  { query: "keo cu do", top: ["keo-cu-do-ha-tinh-nguyen-hang"], needs: "typed" },
  {
    query: "cu đơ",
    top: ["keo-cu-do-ha-tinh-nguyen-hang", "cu-do-thanh-dat", "cu-do-phong-nga"],
    needs: "typed",
    why: "before the cards that hold “cu” and “do” only inside other words (“Cường”, “doanh”)",
  },
  { query: "mật ong", top: ["mat-ong-vu-quang-trieu-thu", "mat-ong-cuong-nga"], needs: "typed" },
  { query: "mat ong", top: ["mat-ong-vu-quang-trieu-thu", "mat-ong-cuong-nga"], needs: "typed" },
  { query: "nước mắm", top: ["nuoc-mam-sanh-ngoc-tich", "nuoc-mam-ky-phu", "nuoc-mam-cua-lo"], needs: "typed" },
  { query: "nuoc mam ky phu", top: ["nuoc-mam-ky-phu"], needs: "typed" },
  { query: "Nước mắm Cửa Lò", top: ["nuoc-mam-cua-lo"], needs: "typed" },
  { query: "XÚC XÍCH", top: ["xuc-xich-luong-ha"], needs: "typed" },
  { query: "banh da vung", top: ["banh-da-vung-ha-tam"], needs: "typed" },
  { query: "trà mướp đắng", top: ["tra-muop-dang-mai-huong"], needs: "typed" },
  { query: "gà đồi", top: ["ga-doi-ngan-ha"], needs: "typed" },
  { query: "giò", top: ["gio-bot-tham-thanh", "gio-me-hoai-vo"], needs: "typed" },
  { query: "ruou nep", top: ["ruou-nep-cai-ha-mai"], needs: "typed" },
  { query: "mắm tôm", top: ["mam-tom-lang-xua"], needs: "typed" },
  { query: "huong tram", top: ["huong-tram-quoc-thach"], needs: "typed" },
  { query: "đèn lồng", top: ["den-long-may-tre-duc-phong"], needs: "typed" },
  { query: "tôm nõn", top: ["tom-non-kho-hoa-linh-chi"], needs: "typed" },
  { query: "ngu coc", top: ["ngu-coc-go-soi"], needs: "typed" },
  { query: "dầu lạc", top: ["dau-lac-mai-loi"], needs: "typed" },
  // Producers.
  { query: "Silky Valley", top: ["ngu-coc-go-soi"], needs: "typed" },
  { query: "HTX Mật ong Cường Nga", top: ["mat-ong-cuong-nga"], needs: "typed" },
  { query: "le phan cuong", top: ["mat-mia-phu-gia-cuong-thuy"], needs: "typed" },
  { query: "Triều Thu", top: ["mat-ong-vu-quang-trieu-thu"], needs: "typed" },
  { query: "Hoa Linh Chi", top: ["tom-non-kho-hoa-linh-chi"], needs: "typed" },
  { query: "thuy san nghe an", top: ["nuoc-mam-cua-lo"], needs: "typed" },
  // Places: communes, and the districts printed on certificates issued before July 2025.
  { query: "Thạch Kim", top: ["nuoc-mam-sanh-ngoc-tich"], needs: "typed" },
  { query: "Kim Song Trường", top: ["gio-me-hoai-vo"], needs: "typed" },
  {
    query: "huong khe",
    top: ["keo-cu-do-ha-tinh-nguyen-hang", "mat-mia-phu-gia-cuong-thuy", "xuc-xich-luong-ha"],
    needs: "typed",
  },
  { query: "Đức Thọ", top: ["ga-u-muoi-song-la", "dau-lac-mai-loi"], needs: "typed" },
  { query: "can loc", top: ["gio-me-hoai-vo", "huong-tram-quoc-thach"], needs: "typed" },
  { query: "Kỳ Anh", top: ["nuoc-mam-ky-phu"], needs: "typed" },
  { query: "Vũ Quang", top: ["mat-ong-vu-quang-trieu-thu"], needs: "typed" },
  { query: "nghi xuan", top: ["tom-non-kho-hoa-linh-chi"], needs: "typed" },
  { query: "mật ong Hương Sơn", top: ["mat-ong-cuong-nga"], needs: "typed" },
  // Doubled letters (a phone's keyboard).
  { query: "mat ongg", top: ["mat-ong-vu-quang-trieu-thu", "mat-ong-cuong-nga"], needs: "folds" },
  { query: "nuoc mamm cua loo", top: ["nuoc-mam-cua-lo"], needs: "folds" },
  { query: "keo cu doo", top: ["keo-cu-do-ha-tinh-nguyen-hang"], needs: "folds" },
  { query: "banh da vunng", top: ["banh-da-vung-ha-tam"], needs: "folds" },
  { query: "duc thoo", top: ["ga-u-muoi-song-la", "dau-lac-mai-loi"], needs: "folds" },
  // Spelled as said: i/y, s/x, ch/tr, d/gi/r, final n/ng and t/c.
  { query: "nuoc mam ki phu", top: ["nuoc-mam-ky-phu"], needs: "folds" },
  { query: "Kì Anh", top: ["nuoc-mam-ky-phu"], needs: "folds" },
  { query: "súc sích", top: ["xuc-xich-luong-ha"], needs: "folds" },
  { query: "mắm tôm làng sưa", top: ["mam-tom-lang-xua"], needs: "folds" },
  { query: "gà ủ muối Xông La", top: ["ga-u-muoi-song-la"], needs: "folds" },
  { query: "chà mướp đắng", top: ["tra-muop-dang-mai-huong"], needs: "folds" },
  { query: "đèn lồng mây che", top: ["den-long-may-tre-duc-phong"], needs: "folds" },
  { query: "huong chram quoc thach", top: ["huong-tram-quoc-thach"], needs: "folds" },
  { query: "rio bot", top: ["gio-bot-tham-thanh"], needs: "folds" },
  { query: "dio me", top: ["gio-me-hoai-vo"], needs: "folds" },
  { query: "dượu nếp cái", top: ["ruou-nep-cai-ha-mai"], needs: "folds" },
  { query: "kẹo lạt", top: ["keo-lac-suu-ha"], needs: "folds" },
  { query: "dầu lạt Mai Lợi", top: ["dau-lac-mai-loi"], needs: "folds" },
  { query: "ngũ cốt gỗ xồi", top: ["ngu-coc-go-soi"], needs: "folds" },
  { query: "gà đồi Ngang Hà", top: ["ga-doi-ngan-ha"], needs: "folds" },
  { query: "tôm nong khô", top: ["tom-non-kho-hoa-linh-chi"], needs: "folds" },
  { query: "can lot", top: ["gio-me-hoai-vo", "huong-tram-quoc-thach"], needs: "folds" },
  // Typos no fold joins.
  { query: "mat mia phu gai", top: ["mat-mia-phu-gia-cuong-thuy"], needs: "typo" },
  { query: "cu do thahn dat", top: ["cu-do-thanh-dat"], needs: "typo" },
  { query: "nuoc mam cau lo", top: ["nuoc-mam-cua-lo"], needs: "typo" },
  { query: "tôm nõn koh", top: ["tom-non-kho-hoa-linh-chi"], needs: "typo" },
  { query: "keo cu dp", top: ["keo-cu-do-ha-tinh-nguyen-hang"], needs: "typo" },
  { query: "Hoa Lnh Chi", top: ["tom-non-kho-hoa-linh-chi"], needs: "typo" },
  // Nothing like it is sold.
  { query: "khong co san pham nay", top: [], needs: "typed" },
  { query: "iphone 15 pro max", top: [], needs: "typed" },
]

/** What an engine answered for a case: the handles in order and the total. */
export type RelevanceAnswer = { handles: string[]; count: number }

/** Why an answer misses its case, or null when it meets it. */
export function relevanceMiss(relevance: RelevanceCase, answer: RelevanceAnswer): string | null {
  if (!relevance.top.length) return answer.count === 0 ? null : `found ${answer.count}: ${answer.handles.slice(0, 3).join(", ")}`
  const first = answer.handles.slice(0, relevance.top.length)
  const missing = relevance.top.filter((handle) => !first.includes(handle))
  if (!missing.length) return null
  return `expected first ${relevance.top.join(", ")}; got ${answer.handles.slice(0, 5).join(", ") || "nothing"}`
}
