import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { InspectionRecord, ProposalRecord, ViolationGround, ViolationRecord } from "@ocop/contracts"

const query = (container: MedusaContainer) => container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
/** Query types array items as possibly null; the columns are `text[] not null` of names. */
const texts = (values: (string | null | undefined)[] | null | undefined) => (values ?? []).filter((v): v is string => !!v)
const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

type Page = { limit: number; offset: number }

const VIOLATION_FIELDS = ["*", "answers.*", "certificate.id", "certificate.decision_number"]
const PROPOSAL_FIELDS = ["*", "certificate.id", "certificate.decision_number", "certificate.status"]

type ViolationRow = {
  id: string
  producer_id: string
  inspection_id: string
  certificate?: { id: string; decision_number: string } | null
  ground: ViolationRecord["ground"]
  found_on: Date | string
  correct_by: Date | string
  status: ViolationRecord["status"]
  resolved_at: Date | string | null
  resolution_note: string | null
  answers?: ({ id: string; text: string; evidence: (string | null)[] | null; created_at: Date | string } | null)[] | null
}

const violationRecord = (v: ViolationRow): ViolationRecord => ({
  id: v.id,
  producer_id: v.producer_id,
  inspection_id: v.inspection_id,
  certificate: v.certificate ? { id: v.certificate.id, decision_number: v.certificate.decision_number } : null,
  ground: v.ground,
  found_on: iso(v.found_on)!,
  correct_by: iso(v.correct_by)!,
  status: v.status,
  resolved_at: iso(v.resolved_at),
  resolution_note: v.resolution_note ?? null,
  answers: (v.answers ?? [])
    .flatMap((a) => (a ? [{ id: a.id, text: a.text, evidence: texts(a.evidence), created_at: iso(a.created_at)! }] : []))
    .sort((a, b) => a.created_at.localeCompare(b.created_at)),
})

/** Violations, newest found first: all of them, one producer's, or one status's. */
export async function violationRecords(
  container: MedusaContainer,
  filters: { id?: string; producer_id?: string; status?: ViolationRecord["status"]; inspection_id?: string[] },
  page?: Page
): Promise<{ violations: ViolationRecord[]; count: number }> {
  const { data, metadata } = await query(container).graph({
    entity: "violation",
    fields: VIOLATION_FIELDS,
    filters,
    pagination: { order: { found_on: "DESC", created_at: "DESC" }, ...(page && { take: page.limit, skip: page.offset }) },
  })
  return { violations: (data as ViolationRow[]).map(violationRecord), count: metadata?.count ?? data.length }
}

/** One violation as the office and its producer see it; null when there is none (of that producer). */
export async function oneViolation(container: MedusaContainer, filters: { id: string; producer_id?: string }) {
  const { violations } = await violationRecords(container, filters)
  return violations[0] ?? null
}

/**
 * Whether a stored evidence file belongs to the producer: on one of its inspections' checklist items
 * or on one of its answers. Only then is it served to the producer's members.
 */
export async function isProducersEvidence(container: MedusaContainer, producerId: string, name: string): Promise<boolean> {
  const [{ data: inspections }, { data: violations }] = await Promise.all([
    query(container).graph({ entity: "inspection", fields: ["items.evidence"], filters: { producer_id: producerId } }),
    query(container).graph({ entity: "violation", fields: ["answers.evidence"], filters: { producer_id: producerId } }),
  ])
  const names = [
    ...inspections.flatMap((inspection) => (inspection.items ?? []).flatMap((item) => texts(item?.evidence))),
    ...violations.flatMap((violation) => (violation.answers ?? []).flatMap((answer) => texts(answer?.evidence))),
  ]
  return names.includes(name)
}

/** Inspections, newest first, each with its checklist, violations and proposals. */
export async function inspectionRecords(
  container: MedusaContainer,
  filters: { id?: string; producer_id?: string },
  page: Page
): Promise<{ inspections: InspectionRecord[]; count: number }> {
  const { data, metadata } = await query(container).graph({
    entity: "inspection",
    fields: ["*", "items.*", "producer.id", "producer.name"],
    filters,
    pagination: { order: { inspected_on: "DESC", created_at: "DESC" }, take: page.limit, skip: page.offset },
  })
  const ids = data.map((inspection) => inspection.id)
  const { violations } = ids.length ? await violationRecords(container, { inspection_id: ids }) : { violations: [] }
  const { data: proposals } = ids.length
    ? await query(container).graph({ entity: "inspection_proposal", fields: PROPOSAL_FIELDS, filters: { inspection_id: ids } })
    : { data: [] }
  const inspections = data.map(
    (inspection): InspectionRecord => ({
      id: inspection.id,
      producer: inspection.producer ? { id: inspection.producer.id, name: inspection.producer.name } : null,
      inspected_on: iso(inspection.inspected_on)!,
      kind: inspection.kind,
      team: inspection.team,
      product_ids: texts(inspection.product_ids),
      batch_ids: texts(inspection.batch_ids),
      notes: inspection.notes ?? null,
      items: (inspection.items ?? []).flatMap((item) =>
        item
          ? [{ id: item.id, check: item.check, result: item.result, note: item.note ?? null, evidence: texts(item.evidence) }]
          : []
      ),
      violations: violations.filter((v) => v.inspection_id === inspection.id),
      proposals: proposals
        .filter((p) => p.inspection_id === inspection.id)
        .map(
          (p): ProposalRecord => ({
            id: p.id,
            inspection_id: p.inspection_id,
            certificate: p.certificate
              ? { id: p.certificate.id, decision_number: p.certificate.decision_number, status: p.certificate.status }
              : null,
            action: p.action,
            grounds: texts(p.grounds) as ViolationGround[],
            why: p.why,
            status: p.status,
            decided_at: iso(p.decided_at),
            reason: p.reason ?? null,
          })
        ),
    })
  )
  return { inspections, count: metadata?.count ?? data.length }
}
