import { useQuery } from "@tanstack/react-query"
import type { FlaggedStamp } from "@ocop/contracts"
import { sdk } from "./sdk"

/** Stamps scan watch flagged, newest flag first (read-only: the flags are raised by scans). */
export function useFlaggedStamps(page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ["scan-watch", page],
    queryFn: () => sdk.client.fetch<{ flags: FlaggedStamp[]; count: number }>("/admin/scan-watch", { query: page }),
  })
}
