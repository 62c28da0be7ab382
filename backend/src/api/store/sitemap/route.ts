import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sitemapEntries, sitemapSummary } from "../../../queries/sitemap"
import type { SitemapQuery } from "@ocop/contracts/schemas"

/**
 * What the storefront's sitemap lists: without `kind`, how many public pages of each kind there are;
 * with `kind` (products, producers, showrooms), a page of their handles and when each last changed.
 */
export const GET = async (req: MedusaRequest<unknown, SitemapQuery>, res: MedusaResponse) => {
  const { kind, offset, limit } = req.validatedQuery as SitemapQuery
  if (!kind) return res.json(await sitemapSummary(req.scope))
  res.json({ kind, offset, limit, entries: await sitemapEntries(req.scope, kind, { offset, limit }) })
}
