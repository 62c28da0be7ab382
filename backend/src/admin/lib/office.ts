import type { BatchReach, OfficeOverview, OverviewList } from "@ocop/contracts"
import { useQuery } from "@tanstack/react-query"
import { useDownloadCsv } from "./download"
import { sdk } from "./sdk"

// The office's overview and a batch's reach (GET /admin/ocop/overview, /admin/ocop/batches).

export const officeKeys = {
  overview: ["ocop", "overview"] as const,
  batches: (search: BatchSearch) => ["ocop", "batches", search] as const,
}

export function useOfficeOverview() {
  return useQuery({
    queryKey: officeKeys.overview,
    queryFn: () => sdk.client.fetch<{ overview: OfficeOverview }>("/admin/ocop/overview"),
  })
}

/** One list of the overview, whole, as CSV. */
export function useDownloadOverviewList() {
  return useDownloadCsv((list: OverviewList) => ({ path: "/admin/ocop/overview/csv", query: { list } }), "tong-quan-ocop.csv")
}

/** A lot number or a stamp code typed, a batch id from another page, or a producer's newest batches. */
export type BatchSearch = { q?: string; batch_id?: string; producer_id?: string }

/** The batches a search names, with where each went; nothing is asked until there is a search. */
export function useBatchReach(search: BatchSearch) {
  return useQuery({
    queryKey: officeKeys.batches(search),
    queryFn: () =>
      sdk.client.fetch<{ batches: BatchReach[] }>("/admin/ocop/batches", {
        query: Object.fromEntries(Object.entries(search).filter(([, value]) => value)),
      }),
    enabled: !!(search.q || search.batch_id || search.producer_id),
  })
}
