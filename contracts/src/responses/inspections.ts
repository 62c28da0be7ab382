// What the inspections API answers (issue 19): the office's list and record, and the producer portal's
// read view. Instants are ISO strings.
import type {
  InspectionCheck,
  InspectionKind,
  ProposalAction,
  ProposalStatus,
  ViolationGround,
  ViolationStatus,
} from "../inspections"

export type InspectionItemRecord = {
  id: string
  check: InspectionCheck
  result: "passed" | "failed"
  note: string | null
  /** Stored evidence file names, served only to the office and the inspected producer. */
  evidence: string[]
}

export type ViolationRecord = {
  id: string
  producer_id: string
  inspection_id: string
  certificate: { id: string; decision_number: string } | null
  ground: ViolationGround
  found_on: string
  /** The day the producer must have corrected it by. */
  correct_by: string
  status: ViolationStatus
  resolved_at: string | null
  /** What the office noted when it marked the violation corrected. */
  resolution_note: string | null
  /** The producer's answers, oldest first. */
  answers: ViolationAnswerRecord[]
}

export type ViolationAnswerRecord = {
  id: string
  text: string
  /** Stored evidence file names, as on a checklist item. */
  evidence: string[]
  created_at: string
}

export type ProposalRecord = {
  id: string
  inspection_id: string
  certificate: { id: string; decision_number: string; status: string } | null
  action: ProposalAction
  grounds: ViolationGround[]
  why: string
  status: ProposalStatus
  decided_at: string | null
  reason: string | null
}

export type InspectionRecord = {
  id: string
  producer: { id: string; name: string } | null
  inspected_on: string
  kind: InspectionKind
  team: string
  product_ids: string[]
  batch_ids: string[]
  notes: string | null
  items: InspectionItemRecord[]
  violations: ViolationRecord[]
  proposals: ProposalRecord[]
}
