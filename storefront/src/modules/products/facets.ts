// Browsing by star rating and by province reads the product tags the backend attaches to every OCOP
// product (one "N sao" tag, one province tag), so facets never need the whole catalog.

export type Stars = 3 | 4 | 5

export type Facets = {
  stars: { id: string; stars: Stars }[]
  provinces: { id: string; name: string }[]
}

const STAR_TAG = /^([345])\s*sao$/i

export function classifyTags(tags: { id: string; value: string }[]): Facets {
  const facets: Facets = { stars: [], provinces: [] }
  for (const tag of tags) {
    const star = STAR_TAG.exec(tag.value.trim())
    if (star) facets.stars.push({ id: tag.id, stars: Number(star[1]) as Stars })
    else facets.provinces.push({ id: tag.id, name: tag.value.trim() })
  }
  facets.stars.sort((a, b) => a.stars - b.stars)
  facets.provinces.sort((a, b) => a.name.localeCompare(b.name, "vi"))
  return facets
}
