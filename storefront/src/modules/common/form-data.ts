/** A submitted form with these fields, as a server action or form check receives it (for tests). */
export function formWith(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}
