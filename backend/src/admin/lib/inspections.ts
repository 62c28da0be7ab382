import { useMutation, useQuery } from "@tanstack/react-query"
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

/** Where the office's browser reads an evidence file (with its session cookie): a picture shows, a PDF downloads. */
export const evidenceUrl = (name: string) =>
  `${(import.meta.env.VITE_BACKEND_URL || "").replace(/\/$/, "")}/admin/inspection-evidence/${encodeURIComponent(name)}`

/** Stores one evidence photo or PDF; answers the name to list on the checklist item. */
export const useUploadEvidence = () =>
  useMutation({
    mutationFn: (file: File) => {
      const form = new FormData()
      form.append("file", file, file.name)
      return sdk.client.fetch<{ file: { name: string } }>("/admin/inspection-evidence", {
        method: "POST",
        // The browser sets the multipart boundary.
        headers: { "content-type": null },
        body: form,
      })
    },
  })

/** Marks a violation corrected after reading the producer's answers. */
export const useResolveViolation = () =>
  useMutationInvalidating(KEYS.all, ({ id, note }: { id: string; note?: string }) =>
    sdk.client.fetch(`/admin/violations/${id}/resolve`, { method: "POST", body: { note } })
  )
