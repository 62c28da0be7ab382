import { useQuery } from "@tanstack/react-query"
import type { SettlementStatement, SettlementStatus } from "@ocop/contracts"
import { producerKeys } from "./producers"
import { useMutationInvalidating } from "./mutations"
import { sdk } from "./sdk"

const SETTLEMENTS = "/admin/settlements"

export const settlementKeys = {
  all: ["settlements"] as const,
  list: (filters: { period?: string; status?: SettlementStatus }) => ["settlements", "list", filters] as const,
}

export function useSettlements(filters: { period?: string; status?: SettlementStatus }) {
  return useQuery({
    queryKey: settlementKeys.list(filters),
    queryFn: () => sdk.client.fetch<{ statements: SettlementStatement[] }>(SETTLEMENTS, { query: filters }),
    select: (data) => data.statements,
  })
}

/** Closes a month that has ended for every producer; answers how many statements are new. */
export function useCloseMonth() {
  return useMutationInvalidating(settlementKeys.all, (period: string) =>
    sdk.client.fetch<{ created: number; statements: SettlementStatement[] }>(`${SETTLEMENTS}/close`, {
      method: "POST",
      body: { period },
    })
  )
}

export function useMarkStatementPaid(id: string) {
  return useMutationInvalidating(settlementKeys.all, (payout_reference: string) =>
    sdk.client.fetch<{ statement: SettlementStatement }>(`${SETTLEMENTS}/${id}/mark-paid`, {
      method: "POST",
      body: { payout_reference },
    })
  )
}

export function useSetCommission(producerId: string) {
  return useMutationInvalidating(producerKeys.all, (commission_bps: number) =>
    sdk.client.fetch(`/admin/producers/${producerId}/commission`, { method: "POST", body: { commission_bps } })
  )
}
