import type { StandardKind } from "../standards"

/** A version in force, as the product page, the certificate panel and the trace page link it. */
export type StandardLink = {
  kind: StandardKind
  version: string
  /** The Vietnam calendar day it took effect, `YYYY-MM-DD`. */
  effective_on: string
  /** The PDF or picture, served by GET /uploads/:name. */
  url: string
}

/** One published version as the producer portal lists them (`GET /producer/products/:id/standards`). */
export type PublishedStandard = StandardLink & {
  id: string
  published_at: string
  /** The version the product follows today: the latest of its kind effective on or before today. */
  in_force: boolean
}

/** A 4★/5★ product with a valid certificate and no TCCS in force: the notice asks it to publish one. */
export type MissingStandard = {
  product_id: string
  product_title: string
  producer_id: string
  producer_name: string
  stars: number
}
