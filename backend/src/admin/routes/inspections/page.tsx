import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  FocusModal,
  Heading,
  Input,
  Label,
  Select,
  Text,
  Textarea,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useState } from "react"
import {
  INSPECTION_CHECK_LABELS,
  DOCUMENT_TYPES,
  INSPECTION_CHECKS,
  INSPECTION_KIND_LABELS,
  INSPECTION_KINDS,
  type InspectionCheck,
  type InspectionKind,
  type InspectionRecord,
  PROPOSAL_ACTION_LABELS,
  PROPOSAL_STATUS_LABELS,
  VIOLATION_GROUND_LABELS,
  VIOLATION_STATUS_LABELS,
  vietnamDay,
} from "@ocop/contracts"
import { errorMessage } from "../../lib/certificates"
import {
  evidenceUrl,
  useDecideProposal,
  useInspections,
  useRecordInspection,
  useResolveViolation,
  useUploadEvidence,
} from "../../lib/inspections"
import { useProducer, useProducers } from "../../lib/producers"
import { formatDate } from "../../lib/format"

type Result = "passed" | "failed"

/** Stored evidence: a picture as a thumbnail, a PDF as a link (downloaded, never shown in the dashboard). */
function EvidenceList({ names }: { names: string[] }) {
  if (!names.length) return null
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Minh chứng">
      {names.map((name, i) => (
        <li key={name}>
          <a href={evidenceUrl(name)} target="_blank" rel="noreferrer" className="txt-compact-small text-ui-fg-interactive">
            {name.endsWith(".pdf") ? (
              `Tệp PDF ${i + 1}`
            ) : (
              <img src={evidenceUrl(name)} alt={`Ảnh minh chứng ${i + 1}`} className="h-16 w-16 rounded border object-cover" />
            )}
          </a>
        </li>
      ))}
    </ul>
  )
}

/** Uploads the chosen files one by one, adding each stored name; a refused file says why and stops. */
function EvidenceField({ label, names, onChange }: { label: string; names: string[]; onChange: (names: string[]) => void }) {
  const upload = useUploadEvidence()
  const add = async (files: FileList | null) => {
    let stored = names
    for (const file of Array.from(files ?? [])) {
      try {
        const { file: saved } = await upload.mutateAsync(file)
        stored = [...stored, saved.name]
        onChange(stored)
      } catch (error) {
        toast.error(`Không tải lên được "${file.name}"`, { description: errorMessage(error) })
        return
      }
    }
  }
  return (
    <div className="flex flex-col gap-y-1">
      <input
        type="file"
        multiple
        accept={DOCUMENT_TYPES.join(",")}
        aria-label={`Minh chứng: ${label}`}
        disabled={upload.isPending}
        onChange={(e) => {
          add(e.target.files)
          e.target.value = ""
        }}
        className="txt-compact-small"
      />
      <Text size="xsmall" className="text-ui-fg-muted">
        {upload.isPending ? "Đang tải lên…" : "Ảnh JPEG, PNG, WebP hoặc PDF; tối đa 10 MB mỗi tệp."}
      </Text>
      <EvidenceList names={names} />
    </div>
  )
}

/** The record form: a producer, the day, the team, and a result for every checklist item. */
function RecordInspectionModal() {
  const [open, setOpen] = useState(false)
  const { data: producers } = useProducers({ status: "approved" }, { limit: 100, offset: 0 })
  const [producerId, setProducerId] = useState("")
  const [day, setDay] = useState(vietnamDay(Date.now()))
  const [kind, setKind] = useState<InspectionKind>("periodic")
  const [team, setTeam] = useState("")
  const [notes, setNotes] = useState("")
  const [results, setResults] = useState<Partial<Record<InspectionCheck, Result>>>({})
  const [itemNotes, setItemNotes] = useState<Partial<Record<InspectionCheck, string>>>({})
  const [evidence, setEvidence] = useState<Partial<Record<InspectionCheck, string[]>>>({})
  const [productIds, setProductIds] = useState<string[]>([])
  // The products seen decide which certificates the findings count against.
  const { data: producer } = useProducer(producerId)
  const record = useRecordInspection()

  const submit = async () => {
    try {
      const { inspection } = await record.mutateAsync({
        producer_id: producerId,
        inspected_on: day,
        kind,
        team,
        notes: notes || null,
        product_ids: productIds,
        batch_ids: [],
        // An item left without a result is sent as such: the API names what is missing.
        items: INSPECTION_CHECKS.flatMap((check) =>
          results[check]
            ? [{ check, result: results[check], note: itemNotes[check] || null, evidence: evidence[check] ?? [] }]
            : []
        ),
      })
      const proposals = inspection.proposals.map((p) => PROPOSAL_ACTION_LABELS[p.action].toLowerCase())
      toast.success("Đã ghi biên bản kiểm tra", {
        description: proposals.length ? `Đề xuất: ${proposals.join(", ")}.` : "Không có đề xuất nào.",
      })
      setOpen(false)
      setResults({})
      setItemNotes({})
      setEvidence({})
    } catch (error) {
      toast.error("Không ghi được biên bản", { description: errorMessage(error) })
    }
  }

  return (
    <FocusModal open={open} onOpenChange={setOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small">Ghi biên bản kiểm tra</Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <FocusModal.Header>
          <Button size="small" onClick={submit} isLoading={record.isPending}>
            Lưu biên bản
          </Button>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-8">
          <div className="flex w-full max-w-[720px] flex-col gap-y-4">
            <Heading>Biên bản kiểm tra sau công nhận (QĐ 26/2026 điều 9)</Heading>
            <div className="grid grid-cols-2 gap-4">
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="inspection-producer">Nhà sản xuất</Label>
                <Select
                  value={producerId}
                  onValueChange={(id) => {
                    setProducerId(id)
                    setProductIds([])
                  }}
                >
                  <Select.Trigger id="inspection-producer">
                    <Select.Value placeholder="Chọn nhà sản xuất" />
                  </Select.Trigger>
                  <Select.Content>
                    {producers?.producers.map((producer) => (
                      <Select.Item key={producer.id} value={producer.id}>
                        {producer.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="inspection-day">Ngày kiểm tra</Label>
                <Input
                  id="inspection-day"
                  type="date"
                  value={day}
                  max={vietnamDay(Date.now())}
                  onChange={(e) => setDay(e.target.value)}
                />
              </div>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="inspection-kind">Hình thức</Label>
                <Select value={kind} onValueChange={(value) => setKind(value as InspectionKind)}>
                  <Select.Trigger id="inspection-kind">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {INSPECTION_KINDS.map((k) => (
                      <Select.Item key={k} value={k}>
                        {INSPECTION_KIND_LABELS[k]}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="inspection-team">Đoàn kiểm tra</Label>
                <Input id="inspection-team" value={team} onChange={(e) => setTeam(e.target.value)} />
              </div>
            </div>
            {producer && (
              <fieldset className="flex flex-col gap-y-2 rounded-lg border px-4 py-3">
                <legend className="txt-compact-small-plus px-1">Sản phẩm được kiểm tra</legend>
                {producer.products.map((product) => (
                  <label key={product.id} className="txt-compact-small flex items-center gap-x-2">
                    <input
                      type="checkbox"
                      checked={productIds.includes(product.id)}
                      onChange={(e) =>
                        setProductIds(
                          e.target.checked ? [...productIds, product.id] : productIds.filter((id) => id !== product.id)
                        )
                      }
                    />
                    {product.title}
                  </label>
                ))}
              </fieldset>
            )}
            <fieldset className="flex flex-col divide-y rounded-lg border">
              <legend className="txt-compact-small-plus px-1">Danh mục kiểm tra</legend>
              {INSPECTION_CHECKS.map((check) => (
                <div key={check} className="flex flex-col gap-y-2 px-4 py-3">
                  <div className="flex items-center justify-between gap-x-4">
                    <Text size="small">{INSPECTION_CHECK_LABELS[check]}</Text>
                    <div className="flex gap-x-1" role="radiogroup" aria-label={INSPECTION_CHECK_LABELS[check]}>
                      {(["passed", "failed"] as const).map((result) => (
                        <Button
                          key={result}
                          size="small"
                          role="radio"
                          aria-checked={results[check] === result}
                          variant={results[check] === result ? (result === "failed" ? "danger" : "primary") : "secondary"}
                          onClick={() => setResults({ ...results, [check]: result })}
                        >
                          {result === "passed" ? "Đạt" : "Không đạt"}
                        </Button>
                      ))}
                    </div>
                  </div>
                  {results[check] === "failed" && (
                    <>
                      <Input
                        aria-label={`Ghi chú: ${INSPECTION_CHECK_LABELS[check]}`}
                        placeholder="Ghi chú phát hiện"
                        value={itemNotes[check] ?? ""}
                        onChange={(e) => setItemNotes({ ...itemNotes, [check]: e.target.value })}
                      />
                      <EvidenceField
                        label={INSPECTION_CHECK_LABELS[check]}
                        names={evidence[check] ?? []}
                        onChange={(names) => setEvidence((all) => ({ ...all, [check]: names }))}
                      />
                    </>
                  )}
                </div>
              ))}
            </fieldset>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="inspection-notes">Ghi chú chung</Label>
              <Textarea id="inspection-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
            </div>
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}

/** One proposal with the office's two buttons while it waits; dismissing asks for the reason. */
function ProposalRow({ proposal }: { proposal: InspectionRecord["proposals"][number] }) {
  const decide = useDecideProposal()
  const prompt = usePrompt()
  const [reason, setReason] = useState("")
  const run = async (decision: "confirm" | "dismiss") => {
    if (decision === "confirm") {
      const ok = await prompt({
        title: `${PROPOSAL_ACTION_LABELS[proposal.action]}?`,
        description: `Giấy chứng nhận ${proposal.certificate?.decision_number ?? ""}: ${proposal.why}`,
        confirmText: "Xác nhận",
        cancelText: "Huỷ",
      })
      if (!ok) return
    }
    try {
      await decide.mutateAsync({ id: proposal.id, decision, reason: reason || undefined })
      toast.success(decision === "confirm" ? "Đã xác nhận đề xuất" : "Đã bác đề xuất")
    } catch (error) {
      toast.error("Không thực hiện được", { description: errorMessage(error) })
    }
  }
  return (
    <section
      className="flex flex-col gap-y-2 rounded-md border px-3 py-2"
      aria-label={`Đề xuất: ${PROPOSAL_ACTION_LABELS[proposal.action]}`}
    >
      <div className="flex items-center gap-x-2">
        <Badge
          size="2xsmall"
          color={proposal.action === "revocation" ? "red" : proposal.action === "reinstatement" ? "green" : "orange"}
        >
          {PROPOSAL_ACTION_LABELS[proposal.action]}
        </Badge>
        <Text size="small">GCN {proposal.certificate?.decision_number ?? "—"}</Text>
        <Text size="small" className="text-ui-fg-muted">
          {PROPOSAL_STATUS_LABELS[proposal.status]}
          {proposal.reason ? `: ${proposal.reason}` : ""}
        </Text>
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {proposal.why}
      </Text>
      {proposal.status === "proposed" && (
        <div className="flex items-center gap-x-2">
          <Input
            size="small"
            aria-label="Lý do"
            placeholder="Lý do (bắt buộc khi bác)"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button size="small" onClick={() => run("confirm")} isLoading={decide.isPending}>
            Xác nhận
          </Button>
          <Button size="small" variant="secondary" onClick={() => run("dismiss")} isLoading={decide.isPending}>
            Bác
          </Button>
        </div>
      )}
    </section>
  )
}

/** A violation with the producer's answers; while open, the office may mark it corrected (keeping it open is doing nothing). */
function ViolationRow({ violation }: { violation: InspectionRecord["violations"][number] }) {
  const resolve = useResolveViolation()
  const [note, setNote] = useState("")
  const run = async () => {
    try {
      await resolve.mutateAsync({ id: violation.id, note: note || undefined })
      toast.success("Đã xác nhận vi phạm được khắc phục")
    } catch (error) {
      toast.error("Không thực hiện được", { description: errorMessage(error) })
    }
  }
  return (
    <section className="flex flex-col gap-y-1" aria-label={`Vi phạm: ${VIOLATION_GROUND_LABELS[violation.ground]}`}>
      <Text size="small" className="text-ui-fg-subtle">
        Vi phạm: {VIOLATION_GROUND_LABELS[violation.ground]} · {VIOLATION_STATUS_LABELS[violation.status]}
        {violation.status === "open" ? ` · khắc phục trước ${formatDate(violation.correct_by)}` : ""}
        {violation.resolution_note ? ` · ${violation.resolution_note}` : ""}
      </Text>
      {violation.answers.map((answer) => (
        <div key={answer.id} className="bg-ui-bg-subtle ml-4 flex flex-col gap-y-1 rounded-md px-3 py-2">
          <Text size="small">
            Trả lời của nhà sản xuất ({formatDate(answer.created_at)}): {answer.text}
          </Text>
          <EvidenceList names={answer.evidence} />
        </div>
      ))}
      {violation.status === "open" && (
        <div className="ml-4 flex items-center gap-x-2">
          <Input
            size="small"
            aria-label="Ghi chú khắc phục"
            placeholder="Ghi chú (không bắt buộc)"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button size="small" variant="secondary" onClick={run} isLoading={resolve.isPending}>
            Xác nhận đã khắc phục
          </Button>
        </div>
      )}
    </section>
  )
}

const InspectionsPage = () => {
  const { data, isLoading, isError, error } = useInspections({ limit: 50, offset: 0 })
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>Thanh tra, kiểm tra</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Kiểm tra sau công nhận: kết quả từng tiêu chí, vi phạm theo căn cứ pháp lý và đề xuất xử lý chờ Văn phòng quyết định.
          </Text>
        </div>
        <RecordInspectionModal />
      </div>
      {isLoading && <Text className="px-6 py-4">Đang tải…</Text>}
      {isError && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>}
      {data && !data.inspections.length && (
        <Text className="text-ui-fg-muted px-6 py-4">Chưa có biên bản nào. Bấm “Ghi biên bản kiểm tra” để ghi lần đầu.</Text>
      )}
      {data?.inspections.map((inspection) => (
        <section key={inspection.id} className="flex flex-col gap-y-2 px-6 py-4" aria-label={`Biên bản ${inspection.id}`}>
          <div className="flex items-center gap-x-2">
            <Text weight="plus">{inspection.producer?.name ?? "—"}</Text>
            <Text size="small" className="text-ui-fg-muted">
              {formatDate(inspection.inspected_on)} · {INSPECTION_KIND_LABELS[inspection.kind]} · {inspection.team}
            </Text>
          </div>
          <ul className="flex flex-col gap-y-1">
            {inspection.items
              .filter((item) => item.result === "failed")
              .map((item) => (
                <li key={item.id} className="flex flex-col gap-y-1">
                  <Text size="small" className="text-ui-fg-error">
                    Không đạt: {INSPECTION_CHECK_LABELS[item.check]}
                    {item.note ? ` — ${item.note}` : ""}
                  </Text>
                  <EvidenceList names={item.evidence} />
                </li>
              ))}
          </ul>
          {inspection.violations.map((violation) => (
            <ViolationRow key={violation.id} violation={violation} />
          ))}
          {inspection.proposals.map((proposal) => (
            <ProposalRow key={proposal.id} proposal={proposal} />
          ))}
        </section>
      ))}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Thanh tra, kiểm tra",
  icon: ShieldCheck,
})

export const handle = {
  breadcrumb: () => "Thanh tra, kiểm tra",
}

export default InspectionsPage
