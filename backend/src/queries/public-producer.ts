import type { ProducerProfile } from "@ocop/contracts"

/** What anyone may read about a producer: never its tax code, phone, email or status history. */
export const PUBLIC_PRODUCER_FIELDS = [
  "id",
  "handle",
  "name",
  "owner_type",
  "commune",
  "province",
  "district_as_issued",
  "address_as_issued",
  "story",
  "logo_url",
] as const satisfies readonly (keyof ProducerProfile)[]

export function publicProducer(producer: Record<string, unknown>): ProducerProfile {
  return Object.fromEntries(PUBLIC_PRODUCER_FIELDS.map((field) => [field, producer[field] ?? null])) as ProducerProfile
}
