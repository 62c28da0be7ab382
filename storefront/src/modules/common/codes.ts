/**
 * Whether a value read from an address or a form is one of a contract's codes (movement kinds,
 * adjustment reasons, owner types, order statuses: the lists in @ocop/contracts).
 */
export function isOneOf<C extends string>(codes: readonly C[], value: unknown): value is C {
  return typeof value === "string" && (codes as readonly string[]).includes(value)
}
