import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { TRACEABILITY_MODULE } from "../../modules/traceability"
import type TraceabilityModuleService from "../../modules/traceability/service"
import { stampFlagNotices } from "../../queries/scan-watch"
import { queueNoticesWorkflow } from "../notice/queue-notices"

const stampFlagNoticesStep = createStep("stamp-flag-notices", async (input: { ids: string[] }, { container }) => {
  return new StepResponse(await stampFlagNotices(container, input.ids))
})

/** Marks the flags told, so the sweep leaves them; undone if queuing the e-mails fails after it. */
const markFlagsNotifiedStep = createStep(
  "mark-stamp-flags-notified",
  async (input: { ids: string[] }, { container }) => {
    const stamps = container.resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    await stamps.updateStampFlags(input.ids.map((id) => ({ id, notified_at: new Date() })))
    return new StepResponse(input.ids, input.ids)
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container
        .resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
        .updateStampFlags(ids.map((id) => ({ id, notified_at: null })))
  }
)

/**
 * Tells each flagged stamp's producer by e-mail, once per flag (the flag's id keys its notice), as the
 * scan that raised the flags returns; the sweep (jobs/notify-stamp-flags.ts) tells any a stopped process left.
 */
export const notifyStampFlagsWorkflow = createWorkflow("notify-stamp-flags", (input: { ids: string[] }) => {
  const notices = stampFlagNoticesStep(input)
  markFlagsNotifiedStep(input)
  queueNoticesWorkflow.runAsStep({ input: transform({ notices }, ({ notices }) => ({ notices })) })
  return new WorkflowResponse(notices)
})

/** Flags older than this and still untold were left by a stopped process: younger ones may be being told now. */
const UNTOLD_AFTER_MS = 2 * 60 * 1000

/** Tells the producers of flags a stopped process raised but did not tell; how many flags it told. */
export async function notifyUntoldStampFlags(container: MedusaContainer, now = new Date()): Promise<number> {
  const untold = await container
    .resolve<TraceabilityModuleService>(TRACEABILITY_MODULE)
    .listStampFlags({ notified_at: null, created_at: { $lt: new Date(+now - UNTOLD_AFTER_MS) } }, { select: ["id"], take: 100 })
  if (untold.length) await notifyStampFlagsWorkflow(container).run({ input: { ids: untold.map((flag) => flag.id) } })
  return untold.length
}
