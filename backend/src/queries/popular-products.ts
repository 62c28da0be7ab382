import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CatalogCard } from "@ocop/contracts"
import { CARD_COLUMNS } from "../modules/catalog/service"

/** How far back "popular" looks: a season of orders, so last year's favourite does not stay first. */
const POPULAR_DAYS = 90

/**
 * The listed products shoppers ordered most in the last 90 days (units on placed orders, cancelled
 * ones and drafts left out), of one province or of the whole shop; ties, and products nobody
 * ordered, by stars then newest. Only listed products: every card is one.
 */
export async function popularProducts(
  container: MedusaContainer,
  { province, limit }: { province?: string; limit: number }
): Promise<CatalogCard[]> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const inProvince = province ? "AND province = ?" : ""
  const { rows } = await knex.raw(
    `WITH sold AS (
       SELECT li.product_id, sum(oi.quantity) AS units
       FROM "order" o
       JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
       JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
       WHERE o.deleted_at IS NULL AND NOT o.is_draft_order AND o.status NOT IN ('draft', 'canceled')
         AND o.created_at >= now() - make_interval(days => ?)
       GROUP BY li.product_id
     ),
     -- The answer is among the products sold and the first \`limit\` by stars then newest (read along
     -- the stars sort's index): no sort of every card.
     candidate AS (
       (SELECT id FROM product_card WHERE deleted_at IS NULL ${inProvince} ORDER BY stars DESC, listed_at DESC, id LIMIT ?)
       UNION SELECT product_id FROM sold
     )
     SELECT ${CARD_COLUMNS.map((column) => `card.${column}`).join(", ")}
     FROM candidate JOIN product_card AS card ON card.id = candidate.id LEFT JOIN sold ON sold.product_id = card.id
     WHERE card.deleted_at IS NULL ${inProvince.replace("province", "card.province")}
     ORDER BY COALESCE(sold.units, 0) DESC, card.stars DESC, card.listed_at DESC, card.id
     LIMIT ?`,
    [POPULAR_DAYS, ...(province ? [province] : []), limit, ...(province ? [province] : []), limit]
  )
  return rows as CatalogCard[]
}
