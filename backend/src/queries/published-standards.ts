import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type PublishedStandard, type StandardKind, type StandardLink, standardsInForce, vietnamDay } from "@ocop/contracts"

const query = (container: MedusaContainer) => container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)

/** The fields of a published version Query must read (under any prefix, e.g. `product.published_standards.`). */
export const STANDARD_FIELDS = ["id", "kind", "version", "effective_on", "url", "published_at"]

/** A published version as Query reads it with STANDARD_FIELDS. */
export type StandardRecord = {
  id: string
  kind: StandardKind
  version: string
  effective_on: Date | string
  url: string
  published_at: Date | string
}

/** The record with its effective day as the Vietnam calendar day the rule compares. */
const dated = (record: StandardRecord) => ({ ...record, effective_on: vietnamDay(new Date(record.effective_on)) })

/** Query answers null for a link whose record is gone. */
export const present = (records: (StandardRecord | null | undefined)[] | null | undefined) =>
  (records ?? []).filter((record): record is StandardRecord => !!record)

/** The versions in force at `now` as the shop links them, TCCS first. */
export function standardLinks(records: (StandardRecord | null | undefined)[] | null | undefined, now: Date): StandardLink[] {
  return standardsInForce(present(records).map(dated), vietnamDay(now)).map(({ kind, version, effective_on, url }) => ({
    kind,
    version,
    effective_on,
    url,
  }))
}

/** Every version of a product's standards, newest effective first, each marked whether it is in force now. */
export async function productStandards(container: MedusaContainer, productId: string): Promise<PublishedStandard[]> {
  const { data } = await query(container).graph({
    entity: "product",
    fields: STANDARD_FIELDS.map((field) => `published_standards.${field}`),
    filters: { id: productId },
  })
  const versions = present(data[0]?.published_standards as StandardRecord[] | undefined).map(dated)
  const inForce = new Set(standardsInForce(versions, vietnamDay(new Date())).map((version) => version.id))
  return versions
    .map((version) => ({
      id: version.id,
      kind: version.kind,
      version: version.version,
      effective_on: version.effective_on,
      url: version.url,
      published_at: new Date(version.published_at).toISOString(),
      in_force: inForce.has(version.id),
    }))
    .sort((a, b) => b.effective_on.localeCompare(a.effective_on) || b.published_at.localeCompare(a.published_at))
}

/** The products with a version taking effect in (since, until]: their pages must now link it. */
export async function productsWithStandardsTakingEffect(container: MedusaContainer, since: Date, until: Date) {
  const { data } = await query(container).graph({
    entity: "published_standard",
    fields: ["product.id"],
    filters: { effective_on: { $gt: since, $lte: until } },
  })
  return [...new Set(data.flatMap((standard) => (standard.product?.id ? [standard.product.id] : [])))]
}
