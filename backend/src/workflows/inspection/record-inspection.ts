import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  CHECK_GROUNDS,
  CORRECTION_DAYS,
  DAY_MS,
  ERROR_CODES,
  type InspectionCheck,
  type InspectionKind,
  type ProposalAction,
  proposeAction,
  type ViolationGround,
} from "@ocop/contracts"
import type { RecordInspectionBody } from "@ocop/contracts/schemas"
import { INSPECTION_MODULE } from "../../modules/inspection"
import type InspectionModuleService from "../../modules/inspection/service"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"
import { inspectionNotices, type RecordedInspection } from "../../queries/notices"
import { notFound, ownProductIds } from "../../queries/producer-scope"
import { queueNoticesWorkflow } from "../notice/queue-notices"
import { assertEvidenceStored } from "./evidence"

type CertificateSeen = { id: string; status: "valid" | "suspended" | "revoked" | "expired" }
type PlannedProposal = { certificate_id: string; action: ProposalAction; grounds: ViolationGround[]; why: string }
type Plan = {
  failed: { check: InspectionCheck; ground: ViolationGround }[]
  certificate_ids: string[]
  proposals: PlannedProposal[]
}

/** The products seen, directly or through a batch seen; both must be the inspected producer's. */
async function productsSeen(container: MedusaContainer, body: RecordInspectionBody): Promise<string[]> {
  const own = await ownProductIds(container, body.producer_id, body.product_ids.length ? body.product_ids : undefined)
  if (body.product_ids.some((id) => !own.includes(id)))
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Có sản phẩm được kiểm tra không thuộc nhà sản xuất này.",
      ERROR_CODES.NOT_PRODUCERS
    )
  if (!body.batch_ids.length) return body.product_ids
  const batches = await container
    .resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    .listBatches({ id: body.batch_ids, producer_id: body.producer_id }, { select: ["id", "variant_id"] })
  if (batches.length !== new Set(body.batch_ids).size)
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Có lô được kiểm tra không thuộc nhà sản xuất này.",
      ERROR_CODES.NOT_PRODUCERS
    )
  const { data: variants } = await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: batches.map((batch) => batch.variant_id) },
  })
  return [...new Set([...body.product_ids, ...variants.map((variant) => variant.product_id as string)])]
}

/**
 * Checks everything before anything is written, and works out the violations and what the rule
 * proposes for each certificate of the products seen.
 */
const planInspectionStep = createStep("plan-inspection", async (body: RecordInspectionBody, { container }) => {
  const [producer] = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({ id: body.producer_id }, { select: ["id"] })
  if (!producer) throw notFound("nhà sản xuất")
  await assertEvidenceStored(
    container,
    body.items.flatMap((item) => item.evidence)
  )
  const productIds = await productsSeen(container, body)

  const { data: products } = productIds.length
    ? await container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY).graph({
        entity: "product",
        fields: ["id", "certificates.id", "certificates.status"],
        filters: { id: productIds },
      })
    : { data: [] }
  const certificates = products
    .flatMap((product) => product.certificates ?? [])
    .flatMap((c) => (c && (c.status === "valid" || c.status === "suspended") ? [c as CertificateSeen] : []))

  const failed = body.items
    .filter((item) => item.result === "failed")
    .map((item) => ({ check: item.check, ground: CHECK_GROUNDS[item.check] }))
  const earlierViolations = await container
    .resolve<InspectionModuleService>(INSPECTION_MODULE)
    .listViolations({ producer_id: body.producer_id }, { select: ["found_on"] })
  const proposals = certificates.flatMap((certificate) => {
    const proposal = proposeAction({
      grounds: failed.map((f) => f.ground),
      // Workflow input arrives serialised: the day is a string again.
      inspectedOn: new Date(body.inspected_on),
      earlierViolations,
      certificateStatus: certificate.status,
    })
    return proposal ? [{ certificate_id: certificate.id, ...proposal }] : []
  })
  return new StepResponse<Plan>({ failed, certificate_ids: certificates.map((c) => c.id), proposals })
})

const createInspectionStep = createStep(
  "create-inspection",
  async (body: RecordInspectionBody, { container }) => {
    const inspections = container.resolve<InspectionModuleService>(INSPECTION_MODULE)
    const inspection = await inspections.createInspections({
      producer_id: body.producer_id,
      inspected_on: body.inspected_on,
      kind: body.kind,
      team: body.team,
      product_ids: body.product_ids,
      batch_ids: body.batch_ids,
      notes: body.notes ?? null,
    })
    await inspections.createInspectionItems(
      body.items.map((item) => ({
        inspection_id: inspection.id,
        check: item.check,
        result: item.result,
        note: item.note ?? null,
        evidence: item.evidence,
      }))
    )
    const [withItems] = await inspections.listInspections({ id: inspection.id }, { relations: ["items"] })
    return new StepResponse(withItems, inspection.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<InspectionModuleService>(INSPECTION_MODULE).deleteInspections(id)
  }
)

type Findings = {
  inspection: {
    id: string
    producer_id: string
    inspected_on: Date
    kind: InspectionKind
    items: { id: string; check: string }[]
  }
  plan: Plan
}

/**
 * One violation per failed item and certificate seen (none seen: one without a certificate); a fully
 * passing inspection resolves the producer's open violations.
 */
const recordFindingsStep = createStep(
  "record-inspection-findings",
  async ({ inspection, plan }: Findings, { container }) => {
    const inspections = container.resolve<InspectionModuleService>(INSPECTION_MODULE)
    const correctBy = new Date(new Date(inspection.inspected_on).getTime() + CORRECTION_DAYS * DAY_MS)
    const certificateIds = plan.certificate_ids.length ? plan.certificate_ids : [null]
    const violations = await inspections.createViolations(
      plan.failed.flatMap(({ check, ground }) =>
        certificateIds.map((certificate_id) => ({
          producer_id: inspection.producer_id,
          certificate_id,
          inspection_id: inspection.id,
          inspection_item_id: inspection.items.find((item) => item.check === check)!.id,
          ground,
          found_on: inspection.inspected_on,
          correct_by: correctBy,
        }))
      )
    )
    let resolved: string[] = []
    if (!plan.failed.length) {
      const open = await inspections.listViolations({ producer_id: inspection.producer_id, status: "open" }, { select: ["id"] })
      resolved = open.map((v) => v.id)
      if (resolved.length)
        await inspections.updateViolations(resolved.map((id) => ({ id, status: "resolved" as const, resolved_at: new Date() })))
    }
    const proposals = await inspections.createInspectionProposals(
      plan.proposals.map((p) => ({ ...p, producer_id: inspection.producer_id, inspection_id: inspection.id }))
    )
    return new StepResponse(
      { violations, proposals, resolved: resolved.length },
      { violations: violations.map((v) => v.id), proposals: proposals.map((p) => p.id), resolved }
    )
  },
  async (written, { container }) => {
    if (!written) return
    const inspections = container.resolve<InspectionModuleService>(INSPECTION_MODULE)
    await inspections.deleteInspectionProposals(written.proposals)
    await inspections.deleteViolations(written.violations)
    if (written.resolved.length)
      await inspections.updateViolations(written.resolved.map((id) => ({ id, status: "open" as const, resolved_at: null })))
  }
)

/** The inspected producer's e-mail of the findings. */
const inspectionNoticesStep = createStep(
  "inspection-notices",
  async (inspection: RecordedInspection, { container }) => new StepResponse(await inspectionNotices(container, inspection))
)

/**
 * Records an inspection (QĐ 26/2026 art. 9): its checklist, a violation on its legal ground for each
 * failed item, and what the rule proposes for each certificate seen, for the office to decide; the
 * producer's e-mail of the findings is queued with them.
 */
export const recordInspectionWorkflow = createWorkflow("record-inspection", (input: RecordInspectionBody) => {
  const plan = planInspectionStep(input)
  const inspection = createInspectionStep(input)
  const { violations, proposals, resolved } = recordFindingsStep({ inspection, plan })
  const recorded = transform(
    { inspection, plan, violations, resolved },
    (found): RecordedInspection => ({
      id: found.inspection.id,
      producer_id: found.inspection.producer_id,
      inspected_on: found.inspection.inspected_on,
      kind: found.inspection.kind,
      failed: found.plan.failed.map((failure) => failure.check),
      correct_by: found.violations[0]?.correct_by ?? null,
      resolved: found.resolved,
    })
  )
  const notices = inspectionNoticesStep(recorded)
  queueNoticesWorkflow.runAsStep({ input: transform({ notices }, ({ notices }) => ({ notices })) })
  return new WorkflowResponse({ inspection, violations, proposals })
})
