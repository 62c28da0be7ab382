/**
 * The named fields of a record, typed as just those: what a step keeps to put back on undo, since a
 * module's retrieve with `select` is typed as the whole record.
 */
export function pickFields<T, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>
  for (const key of keys) picked[key] = record[key]
  return picked
}
