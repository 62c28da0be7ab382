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

/**
 * The producer's inspections (read-only): what failed, the violations with the day to correct them by
 * (overdue ones in red on `now`), and what the office was asked to decide.
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
                      </li>
                    ))}
                  </ul>
                )}
                {inspection.violations.length > 0 && (
                  <ul className="flex flex-col gap-1">
                    {inspection.violations.map((violation) => {
                      const overdue = violation.status === "open" && new Date(violation.correct_by) < now
                      return (
                        <li key={violation.id} className={overdue ? "text-red-800" : "text-stone-800"}>
                          Vi phạm: {VIOLATION_GROUND_LABELS[violation.ground]} ({VIOLATION_STATUS_LABELS[violation.status]}
                          {violation.status === "open" ? `, khắc phục trước ${formatDate(violation.correct_by)}` : ""}
                          {overdue ? ", đã quá hạn" : ""})
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
