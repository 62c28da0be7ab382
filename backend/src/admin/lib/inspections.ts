import { useQuery } from "@tanstack/react-query"
import type { InspectionRecord } from "@ocop/contracts"
import type { JsonBody, RecordInspectionBody } from "@ocop/contracts/schemas"
import { useMutationInvalidating } from "./mutations"
import { sdk } from "./sdk"

export type RecordInspectionInput = JsonBody<RecordInspectionBody>

/** Everything cached here starts with "inspections". */
const KEYS = { all: ["inspections"] as const }

export function useInspections(page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...KEYS.all, page],
    queryFn: () => sdk.client.fetch<{ inspections: InspectionRecord[]; count: number }>("/admin/inspections", { query: page }),
  })
}

export const useRecordInspection = () =>
  useMutationInvalidating(KEYS.all, (body: RecordInspectionInput) =>
    sdk.client.fetch<{ inspection: InspectionRecord }>("/admin/inspections", { method: "POST", body })
  )

/** Confirming may change a certificate: the product pages are refetched too (useMutationInvalidating). */
export const useDecideProposal = () =>
  useMutationInvalidating(
    KEYS.all,
    ({ id, decision, reason }: { id: string; decision: "confirm" | "dismiss"; reason?: string }) =>
      sdk.client.fetch(`/admin/inspection-proposals/${id}/${decision}`, { method: "POST", body: { reason } })
  )
