import { Input, Select } from "@medusajs/ui"
import { useId } from "react"
import { defaultExpiry, LEGAL_BASES, LEGAL_BASIS_LABELS, type LegalBasis, OCOP_PRODUCT_SETS } from "@ocop/contracts"
import { fieldErrors, type JsonBody, RecognitionDecision } from "@ocop/contracts/schemas"
import { formatDate, formatProductSet } from "../lib/format"
import { Field, type FieldErrors, invalidProps } from "./form"

/** The recognition decision as typed: every value a string, dates "YYYY-MM-DD". */
export type DecisionDraft = {
  decision_number: string
  decision_date: string
  issuer: string
  stars: string
  product_set: string
  program_year: string
  legal_basis: string
  issued_at: string
  expires_at: string
}

export const STAR_CHOICES = [3, 4, 5] as const

export function emptyDecision(overrides: Partial<DecisionDraft> = {}): DecisionDraft {
  return {
    decision_number: "",
    decision_date: "",
    issuer: "",
    stars: "",
    product_set: "",
    program_year: String(new Date().getFullYear()),
    legal_basis: "26/2026",
    issued_at: "",
    expires_at: "",
    ...overrides,
  }
}

export function decisionBody(draft: DecisionDraft): JsonBody<RecognitionDecision> {
  return {
    decision_number: draft.decision_number.trim(),
    decision_date: draft.decision_date,
    issuer: draft.issuer.trim(),
    stars: Number(draft.stars),
    product_set: Number(draft.product_set),
    program_year: Number(draft.program_year),
    legal_basis: draft.legal_basis as LegalBasis,
    issued_at: draft.issued_at,
    ...(draft.expires_at && { expires_at: draft.expires_at }),
  }
}

/** Checked with the API's own decision rules; a number left empty is left out, so the schema asks for it. */
export function validateDecision(draft: DecisionDraft): FieldErrors {
  const typed = (value: string) => (value.trim() ? Number(value) : undefined)
  const parsed = RecognitionDecision.safeParse({
    ...decisionBody(draft),
    stars: typed(draft.stars),
    product_set: typed(draft.product_set),
    program_year: typed(draft.program_year),
  })
  return parsed.success ? {} : fieldErrors(parsed.error).fields
}

/** Decision number and date, issuer, stars, product set, program year, legal basis, issue and expiry dates. */
export const DecisionFields = ({
  value,
  onChange,
  errors,
}: {
  value: DecisionDraft
  onChange: (patch: Partial<DecisionDraft>) => void
  errors: FieldErrors
}) => {
  const id = useId()
  const field = (name: keyof DecisionDraft) => `${id}-${name}`
  const text = (name: keyof DecisionDraft) => ({
    id: field(name),
    value: value[name],
    onChange: (event: { target: { value: string } }) => onChange({ [name]: event.target.value }),
    ...invalidProps(field(name), errors[name]),
  })
  const defaultEnd = value.issued_at ? defaultExpiry(new Date(value.issued_at)) : null

  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <Field id={field("decision_number")} label="Số quyết định" error={errors.decision_number}>
        <Input {...text("decision_number")} placeholder="4894/QĐ-UBND" autoComplete="off" />
      </Field>
      <Field id={field("decision_date")} label="Ngày quyết định" error={errors.decision_date}>
        <Input {...text("decision_date")} type="date" />
      </Field>
      <Field
        id={field("issuer")}
        label="Cơ quan ban hành"
        error={errors.issuer}
        className="md:col-span-2"
        hint="Ghi đúng như trên quyết định, ví dụ UBND tỉnh Hà Tĩnh, UBND huyện Hương Khê."
      >
        <Input {...text("issuer")} placeholder="UBND tỉnh …" />
      </Field>
      <Field id={field("stars")} label="Hạng sao" error={errors.stars}>
        <Select value={value.stars} onValueChange={(stars) => onChange({ stars })}>
          <Select.Trigger id={field("stars")} {...invalidProps(field("stars"), errors.stars)}>
            <Select.Value placeholder="Chọn hạng sao" />
          </Select.Trigger>
          <Select.Content>
            {STAR_CHOICES.map((stars) => (
              <Select.Item key={stars} value={String(stars)}>
                {stars} sao {"★".repeat(stars)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field id={field("product_set")} label="Bộ sản phẩm" error={errors.product_set}>
        <Select value={value.product_set} onValueChange={(product_set) => onChange({ product_set })}>
          <Select.Trigger
            id={field("product_set")}
            className="[&>span]:truncate"
            {...invalidProps(field("product_set"), errors.product_set)}
          >
            <Select.Value placeholder="Chọn bộ sản phẩm" />
          </Select.Trigger>
          <Select.Content>
            {Object.keys(OCOP_PRODUCT_SETS).map((set) => (
              <Select.Item key={set} value={set}>
                {formatProductSet(Number(set))}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field id={field("program_year")} label="Năm chương trình" error={errors.program_year}>
        <Input {...text("program_year")} type="number" inputMode="numeric" min={2018} max={2100} />
      </Field>
      <Field id={field("legal_basis")} label="Căn cứ pháp lý" error={errors.legal_basis}>
        <Select value={value.legal_basis} onValueChange={(legal_basis) => onChange({ legal_basis })}>
          <Select.Trigger id={field("legal_basis")} {...invalidProps(field("legal_basis"), errors.legal_basis)}>
            <Select.Value placeholder="Chọn căn cứ pháp lý" />
          </Select.Trigger>
          <Select.Content>
            {LEGAL_BASES.map((basis) => (
              <Select.Item key={basis} value={basis}>
                {LEGAL_BASIS_LABELS[basis]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field id={field("issued_at")} label="Ngày cấp" error={errors.issued_at}>
        <Input {...text("issued_at")} type="date" />
      </Field>
      <Field
        id={field("expires_at")}
        label="Ngày hết hạn"
        optional
        error={errors.expires_at}
        hint={
          defaultEnd ? `Để trống: ${formatDate(defaultEnd)} (36 tháng kể từ ngày cấp).` : "Để trống: 36 tháng kể từ ngày cấp."
        }
      >
        <Input {...text("expires_at")} type="date" />
      </Field>
    </div>
  )
}
