// The codes a label map names (movement kinds, adjustment reasons, owner types, order statuses), and
// whether a value read from an address or a form is one of them.

/** The codes of a label map, in the order it lists them: the order of a form's choices or a list's tabs. */
export function codesOf<C extends string>(labels: Record<C, string>): C[] {
  return Object.keys(labels) as C[]
}

export function isOneOf<C extends string>(codes: readonly C[], value: unknown): value is C {
  return typeof value === "string" && (codes as readonly string[]).includes(value)
}
