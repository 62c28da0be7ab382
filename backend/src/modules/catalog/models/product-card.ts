import { model } from "@medusajs/framework/utils"
import type { ProductDetail } from "@ocop/contracts"
import type { CardPackaging } from "../types"

/**
 * One card per LISTED product: what a catalog page shows and filters on, flattened into plain
 * indexed columns. A projection the listing sync keeps current — never written by anything else.
 */
export const ProductCard = model
  .define("product_card", {
    id: model.text().primaryKey(), // the product's id
    title: model.text(),
    handle: model.text(),
    thumbnail: model.text().nullable(),
    price_min: model.number().nullable(), // integer đồng, cheapest purchasable packaging
    stars: model.number(),
    product_set: model.number(),
    province: model.text().nullable(),
    commune: model.text().nullable(),
    district: model.text().nullable(), // as printed on pre-2025 certificates: how buyers still name places
    producer_handle: model.text().nullable(),
    producer_name: model.text().nullable(),
    // The FacetValue codes of province, commune and producer: what facet counts group by.
    province_code: model.number().nullable(),
    commune_code: model.number().nullable(),
    producer_code: model.number().nullable(),
    in_stock: model.boolean(),
    listed_at: model.dateTime(),
    valid_until: model.dateTime(),
    search_text: model.text(), // folded (no diacritics, lower case) title, producer and places
    search_key: model.text().default(""), // dialectKey of search_text: what a query that matches no words as typed is likened to
    // The purchasable packagings themselves: what a catalog feed lists, read with the card.
    packagings: model.json<CardPackaging[]>().default([]),
    // Everything the product page shows, read by handle in one statement (GET /store/catalog/:handle).
    detail: model.json<ProductDetail>().nullable(),
    // When the crash-repair sweep last recomputed this card and found it current: with updated_at, the
    // moment after which a change to its product, prices or stock means the card may be stale.
    checked_at: model.dateTime().nullable(),
  })
  // Also written in SQL (the model cannot say DESC or NULLS LAST), in Migration20261206090000: one
  // index per catalog sort in its exact order, tie-break included, and the facet columns' index.
  .indexes([
    { on: ["province", "commune"] },
    { on: ["producer_handle"] },
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
  ])
