import { integrationTestRunner } from "./test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CatalogPage } from "@ocop/contracts"
import { searchWords } from "../../src/modules/catalog/search-text"
import { type Suite, seedDemoStore } from "./demo-store"
import { RELEVANCE_SET, relevanceMiss } from "./search-relevance"

jest.setTimeout(120_000)

/** The relevance set (search-relevance.ts) against PostgreSQL search on the demo catalog, through the store API. */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }

    beforeAll(async () => {
      storeHeaders = await seedDemoStore(getContainer())
    })

    const search = async (query: string) =>
      (await api.get<CatalogPage>(`/store/catalog?q=${encodeURIComponent(query)}&limit=10`, storeHeaders)).data

    it("puts the expected products first for every query of the relevance set", async () => {
      const misses: string[] = []
      for (const relevance of RELEVANCE_SET) {
        const page = await search(relevance.query)
        const miss = relevanceMiss(relevance, { handles: page.cards.map((card) => card.handle), count: page.count })
        if (miss) misses.push(`${relevance.query}: ${miss}`)
      }
      expect(misses).toEqual([])
    })

    it("is not trivial: 40 queries or more, 15 or more of them found only by the dialect folds or typo tolerance", async () => {
      expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(40)
      const beyondTyped = RELEVANCE_SET.filter((relevance) => relevance.needs !== "typed")
      expect(beyondTyped.length).toBeGreaterThanOrEqual(15)
      // None of their expected products holds every word as typed: only likeness finds them.
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await knex.raw<{ rows: { handle: string; search_text: string }[] }>(
        "SELECT handle, search_text FROM product_card WHERE deleted_at IS NULL"
      )
      const text = new Map(rows.map((row) => [row.handle, row.search_text]))
      const foundAsTyped = beyondTyped.flatMap(({ query, top }) =>
        top
          .filter((handle) => searchWords(query).every((word) => text.get(handle)!.includes(word)))
          .map((handle) => `${query}: ${handle}`)
      )
      expect(foundAsTyped).toEqual([])
      for (const { query } of beyondTyped)
        expect({ query, matched: (await search(query)).matched }).toEqual({ query, matched: "similar" })
    })
  },
})
