import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AnswerViolationBody } from "@ocop/contracts/schemas"
import { oneViolation } from "../../../../../queries/inspections"
import { answerViolationWorkflow } from "../../../../../workflows/inspection/answer-violation"
import { producerContext } from "../../../context"

/** Answers an open violation of this producer (text and evidence names); answers the violation with its answers. */
export const POST = async (req: AuthenticatedMedusaRequest<AnswerViolationBody>, res: MedusaResponse) => {
  const { member, producer } = await producerContext(req)
  await answerViolationWorkflow(req.scope).run({
    input: { ...req.validatedBody, violation_id: req.params.id, producer_id: producer.id, member_id: member.id },
  })
  res.status(201).json({ violation: await oneViolation(req.scope, { id: req.params.id, producer_id: producer.id }) })
}
