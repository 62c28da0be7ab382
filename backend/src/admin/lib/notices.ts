import { useQuery } from "@tanstack/react-query"
import type { NoticeResponse, NoticeStatus, NoticesResponse } from "@ocop/contracts"
import { useMutationInvalidating } from "./mutations"
import { sdk } from "./sdk"

const SCOPE = ["notices"] as const

export function useNotices(status: NoticeStatus | undefined) {
  return useQuery({
    queryKey: [...SCOPE, status ?? "all"],
    queryFn: () => sdk.client.fetch<NoticesResponse>("/admin/notices", { query: status ? { status } : {} }),
    select: (data) => data.notices,
    // Mail is delivered right after the run that queued it: the list catches up without a reload.
    refetchInterval: 10_000,
  })
}

export function useNotice(id: string | null) {
  return useQuery({
    queryKey: [...SCOPE, "one", id],
    queryFn: () => sdk.client.fetch<NoticeResponse>(`/admin/notices/${id}`),
    select: (data) => data.notice,
    enabled: id !== null,
  })
}

export function useRetryNotice(id: string) {
  return useMutationInvalidating(SCOPE, () => sdk.client.fetch<NoticeResponse>(`/admin/notices/${id}/retry`, { method: "POST" }))
}
