import { keepPreviousData, useQuery } from "@tanstack/react-query"
import {
  OWNER_TYPE_LABELS,
  type OfficeProducer,
  type OfficeProducerDetail,
  type OwnerType,
  type Producer,
  type ProducerStatus,
} from "@ocop/contracts"
import { useInvalidateWithProducts, useMutationInvalidating } from "./mutations"
import { sdk } from "./sdk"

export { OWNER_TYPE_LABELS, type OwnerType }

/** `missing_standard: "true"`: only producers with a 4★/5★ product lacking a TCCS in force. */
export type ProducerFilters = { q?: string; status?: ProducerStatus; province?: string; missing_standard?: "true" }

/** What each action allows, as the API enforces it. */
export const canApprove = (status: ProducerStatus) => status === "pending" || status === "suspended"
export const canSuspend = (status: ProducerStatus) => status === "approved"

export const ownerTypeLabel = (ownerType: string) => OWNER_TYPE_LABELS[ownerType as OwnerType] ?? ownerType

const PRODUCERS = "/admin/producers"

export const producerKeys = {
  all: ["producers"] as const,
  list: (filters: ProducerFilters, page: { limit: number; offset: number }) => ["producers", "list", filters, page] as const,
  detail: (id: string) => ["producers", "detail", id] as const,
}

export function useProducers(filters: ProducerFilters, page: { limit: number; offset: number }) {
  const query: Record<string, string | number> = { ...page }
  for (const [key, value] of Object.entries(filters)) {
    if (value?.trim()) query[key] = value.trim()
  }
  return useQuery({
    queryKey: producerKeys.list(filters, page),
    queryFn: () => sdk.client.fetch<{ producers: OfficeProducer[]; count: number }>(PRODUCERS, { query }),
    placeholderData: keepPreviousData,
  })
}

export function useProducer(id: string) {
  return useQuery({
    queryKey: producerKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ producer: OfficeProducerDetail }>(`${PRODUCERS}/${id}`),
    select: (data) => data.producer,
    // No producer chosen yet (the inspection form): nothing to read.
    enabled: !!id,
  })
}

/** After approving or suspending: our own caches, and the dashboard's product pages (listing follows). */
export const useInvalidateProducers = () => useInvalidateWithProducts(producerKeys.all)

export function useApproveProducer(id: string) {
  return useMutationInvalidating(producerKeys.all, () =>
    sdk.client.fetch<{ producer: Producer }>(`${PRODUCERS}/${id}/approve`, { method: "POST", body: {} })
  )
}

export function useSuspendProducer(id: string) {
  return useMutationInvalidating(producerKeys.all, (reason: string) =>
    sdk.client.fetch<{ producer: Producer }>(`${PRODUCERS}/${id}/suspend`, { method: "POST", body: { reason } })
  )
}
