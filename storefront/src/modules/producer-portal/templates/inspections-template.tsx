import {
  formatDate,
  INSPECTION_CHECK_LABELS,
  INSPECTION_KIND_LABELS,
  type InspectionRecord,
  PROPOSAL_ACTION_LABELS,
  PROPOSAL_STATUS_LABELS,
  VIOLATION_GROUND_LABELS,
  VIOLATION_STATUS_LABELS,
} from "@ocop/contracts"
import { answerViolationAction } from "@/modules/producer-portal/actions/inspections"
import ViolationAnswerForm from "@/modules/producer-portal/components/violation-answer-form"

/** Where the member's browser reads an evidence file: through the portal, with the member's session. */
const evidenceUrl = (name: string) => `/producer/inspections/evidence/${encodeURIComponent(name)}`

/** Stored evidence: a picture as a thumbnail, a PDF as a link to download. */
function EvidenceList({ names }: { names: string[] }) {
  if (!names.length) return null
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Minh chứng">
      {names.map((name, i) => (
        <li key={name}>
          <a href={evidenceUrl(name)} target="_blank" rel="noreferrer" className="underline">
            {name.endsWith(".pdf") ? (
              `Tệp PDF ${i + 1}`
            ) : (
              <img src={evidenceUrl(name)} alt={`Ảnh minh chứng ${i + 1}`} className="h-20 w-20 rounded border object-cover" />
            )}
          </a>
        </li>
      ))}
    </ul>
  )
}

/**
 * The producer's inspections: what failed and the team's evidence, the violations with the day to
 * correct them by (overdue ones in red on `now`) and the producer's answers, and what the office was
 * asked to decide. An open violation takes an answer with evidence.
 */
export default function InspectionsTemplate({ inspections, now }: { inspections: InspectionRecord[]; now: Date }) {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Kiểm tra sau công nhận</h1>
        <p className="max-w-3xl text-stone-700">
          Biên bản kiểm tra của Văn phòng Điều phối OCOP (QĐ 26/2026 điều 9). Vi phạm lần thứ hai trong 12 tháng có thể dẫn đến
          thu hồi giấy chứng nhận; hãy khắc phục trước hạn ghi bên dưới.
        </p>
      </div>
      {inspections.length === 0 ? (
        <p className="rounded-lg bg-stone-50 p-6">Chưa có đợt kiểm tra nào được ghi nhận.</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {inspections.map((inspection) => {
            const failed = inspection.items.filter((item) => item.result === "failed")
            return (
              <li key={inspection.id} className="flex flex-col gap-3 rounded-lg border border-stone-300 p-4">
                <h2 className="text-lg font-semibold">
                  Kiểm tra {INSPECTION_KIND_LABELS[inspection.kind].toLowerCase()} ngày {formatDate(inspection.inspected_on)}
                </h2>
                <p className="text-stone-700">Đoàn kiểm tra: {inspection.team}</p>
                {failed.length === 0 ? (
                  <p className="text-emerald-900">Đạt toàn bộ {inspection.items.length} tiêu chí.</p>
                ) : (
                  <ul className="list-disc pl-6">
                    {failed.map((item) => (
                      <li key={item.id}>
                        Không đạt: {INSPECTION_CHECK_LABELS[item.check]}
                        {item.note ? ` — ${item.note}` : ""}
                        <EvidenceList names={item.evidence} />
                      </li>
                    ))}
                  </ul>
                )}
                {inspection.violations.length > 0 && (
                  <ul className="flex flex-col gap-3">
                    {inspection.violations.map((violation) => {
                      const overdue = violation.status === "open" && new Date(violation.correct_by) < now
                      return (
                        <li
                          key={violation.id}
                          className="flex flex-col gap-2 rounded-md bg-stone-50 p-3"
                          aria-label={`Vi phạm: ${VIOLATION_GROUND_LABELS[violation.ground]}`}
                        >
                          <p className={overdue ? "text-red-800" : "text-stone-800"}>
                            Vi phạm: {VIOLATION_GROUND_LABELS[violation.ground]} ({VIOLATION_STATUS_LABELS[violation.status]}
                            {violation.resolution_note ? `: ${violation.resolution_note}` : ""})
                          </p>
                          {violation.status === "open" && (
                            <p className={overdue ? "font-semibold text-red-800" : "text-stone-800"}>
                              Hạn khắc phục: {formatDate(violation.correct_by)}
                              {overdue ? " (đã quá hạn)" : ""}
                            </p>
                          )}
                          {violation.answers.map((answer) => (
                            <div key={answer.id} className="flex flex-col gap-1 border-l-4 border-stone-300 pl-3">
                              <p>
                                Trả lời ngày {formatDate(answer.created_at)}: {answer.text}
                              </p>
                              <EvidenceList names={answer.evidence} />
                            </div>
                          ))}
                          {violation.status === "open" && (
                            <ViolationAnswerForm id={violation.id} action={answerViolationAction.bind(null, violation.id)} />
                          )}
                        </li>
                      )
                    })}
                  </ul>
                )}
                {inspection.proposals.map((proposal) => (
                  <p key={proposal.id} className="rounded-md bg-amber-50 p-3 text-amber-950">
                    Đề xuất {PROPOSAL_ACTION_LABELS[proposal.action].toLowerCase()}
                    {proposal.certificate ? ` giấy chứng nhận ${proposal.certificate.decision_number}` : ""}:{" "}
                    {PROPOSAL_STATUS_LABELS[proposal.status].toLowerCase()}
                    {proposal.reason ? ` (${proposal.reason})` : ""}.
                  </p>
                ))}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
