import type { Metadata } from "next"
import { connection } from "next/server"
import { searchCatalog } from "@/lib/data/catalog"
import AboutOcopTemplate from "@/modules/ocop/templates/about-ocop-template"
import { EMPTY_QUERY, storeCatalogQuery } from "@/modules/products/catalog-query"

export const metadata: Metadata = {
  title: "Về OCOP",
  description:
    "Chương trình Mỗi xã một sản phẩm (OCOP): hạng sao nghĩa là gì, giấy chứng nhận có hiệu lực bao lâu, khi nào bị thu hồi, và có bao nhiêu sản phẩm OCOP đang được bán trên chợ.",
}

/** Only the facet counts: the catalog's own read model, so the figures are those of the catalog. */
const COUNTS_ONLY = storeCatalogQuery(EMPTY_QUERY, 0)

export default async function AboutOcopPage() {
  await connection()
  const result = await searchCatalog(COUNTS_ONLY)
  if (!result.ok) throw new Error(`The store API refused the catalog counts query: ${result.message}`)
  const { count, facets } = result.page
  return <AboutOcopTemplate count={count} facets={facets} />
}
