import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { IncomingTransferRow, IncomingTransferStatus, StatementImportResult } from "@ocop/contracts"
import type { AttachTransferBody, DismissTransferBody, ImportStatementBody, ListTransfersQuery } from "@ocop/contracts/schemas"
import { useMutationInvalidating } from "./mutations"
import { sdk } from "./sdk"

// The office's reconciliation of bank transfers (issue 16): statement import and the review list.

const RECONCILIATION = "/admin/reconciliation"

export const STATUS_COLORS: Record<IncomingTransferStatus, "green" | "orange" | "red" | "grey" | "blue"> = {
  partial: "orange",
  unmatched: "red",
  order_closed: "red",
  overpaid: "orange",
  matched: "green",
  attached: "blue",
  returned: "grey",
  ignored: "grey",
}

export type TransferFilter = ListTransfersQuery["status"]

/** Everything cached here starts with "reconciliation": one invalidation refreshes the list after a decision. */
const keys = { all: ["reconciliation"] as const }

export function useTransfers(status: TransferFilter, offset: number, limit: number) {
  return useQuery({
    queryKey: [...keys.all, "transfers", status, offset],
    queryFn: () =>
      sdk.client.fetch<{ transfers: IncomingTransferRow[]; count: number }>(`${RECONCILIATION}/transfers`, {
        query: { status, offset, limit },
      }),
    placeholderData: keepPreviousData,
  })
}

export function useImportStatement() {
  return useMutationInvalidating(keys.all, (body: ImportStatementBody) =>
    sdk.client.fetch<{ statement: StatementImportResult }>(`${RECONCILIATION}/statements`, { method: "POST", body })
  )
}

export function useAttachTransfer(id: string) {
  return useMutationInvalidating(keys.all, (body: AttachTransferBody) =>
    sdk.client.fetch<{ transfer: IncomingTransferRow & { captured: boolean } }>(`${RECONCILIATION}/transfers/${id}/attach`, {
      method: "POST",
      body,
    })
  )
}

export function useDismissTransfer(id: string) {
  return useMutationInvalidating(keys.all, (body: DismissTransferBody) =>
    sdk.client.fetch<{ transfer: IncomingTransferRow }>(`${RECONCILIATION}/transfers/${id}/dismiss`, { method: "POST", body })
  )
}
