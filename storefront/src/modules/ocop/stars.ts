/** An OCOP star rating: only products scoring 3 stars (50 points) or more are recognised. */
export type Stars = 3 | 4 | 5

export function isStars(value: unknown): value is Stars {
  return value === 3 || value === 4 || value === 5
}
