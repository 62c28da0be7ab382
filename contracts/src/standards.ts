// Published standards (issue 19): the producer's base standard (tiêu chuẩn cơ sở, TCCS) and its
// production process (quy trình sản xuất), each published per product in versions that are all kept.

export const STANDARD_KINDS = ["tccs", "process"] as const
export type StandardKind = (typeof STANDARD_KINDS)[number]

export const STANDARD_KIND_LABELS: Record<StandardKind, string> = {
  tccs: "Tiêu chuẩn cơ sở",
  process: "Quy trình sản xuất",
}

/** A version's own name as printed on it, e.g. "TCCS 01:2026/HTX Hương Sơn". */
export const MAX_STANDARD_VERSION_LENGTH = 100

/** A version names the day it takes effect (a Vietnam calendar day). */
export type StandardVersion = { kind: StandardKind; effective_on: string; published_at: string | Date }

/**
 * The versions in force on a day, one per kind at most: of those effective on or before that day, the
 * one effective last (of two effective the same day, the one published last). A version effective
 * later is published but not in force yet; an older one stays on record, replaced.
 */
export function standardsInForce<V extends StandardVersion>(versions: readonly V[], today: string): V[] {
  const inForce = new Map<StandardKind, V>()
  for (const version of versions) {
    if (version.effective_on > today) continue
    const current = inForce.get(version.kind)
    const later =
      !current ||
      version.effective_on > current.effective_on ||
      (version.effective_on === current.effective_on && +new Date(version.published_at) > +new Date(current.published_at))
    if (later) inForce.set(version.kind, version)
  }
  return STANDARD_KINDS.flatMap((kind) => (inForce.has(kind) ? [inForce.get(kind)!] : []))
}
