"use client"

import { useActionState, useState } from "react"
import {
  describe,
  FieldError,
  FormMessage,
  inputClass,
  primaryButton,
  secondaryButton,
  SelectField,
  TextAreaField,
  TextField,
} from "@/modules/common/components/fields"
import { useCheckedForm, useFormCheck } from "@/modules/common/components/use-form-check"
import type { FormState } from "@/modules/common/form-state"
import { ADJUSTMENT_REASON_LABELS, ADJUSTMENT_REASONS } from "@ocop/contracts"
import { MAX_NOTE_LENGTH } from "@ocop/contracts/schemas"
import {
  readAdjustmentForm,
  readCustomerReturnForm,
  readReceiptForm,
  readReturnForm,
  type MovementForm,
  type MovementValidation,
} from "@/modules/showroom-counter/movement-form"

type Action = (state: FormState, form: FormData) => Promise<FormState>

const box = "flex flex-col gap-4 rounded-lg border border-stone-300 p-4 sm:p-5"
const bigInput = `${inputClass} min-h-12`
const FIRST_ROWS = 3
const MAX_ROWS = 30

// The same rules as the server action's, run before sending (a page cannot pass functions here).
const READERS: Record<MovementForm, (form: FormData) => MovementValidation> = {
  receipt: readReceiptForm,
  return: readReturnForm,
  adjustment: readAdjustmentForm,
}

/** What every movement form ends with: its optional note and the button that records it. */
function NoteAndSubmit({
  id,
  note,
  error,
  pending,
  submitLabel,
}: {
  id: string
  note?: string
  error?: string
  pending: boolean
  submitLabel: string
}) {
  return (
    <>
      <TextAreaField
        id={id}
        name="note"
        label="Ghi chú"
        optional
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        defaultValue={note}
        error={error}
      />
      <button type="submit" disabled={pending} className={`${primaryButton} min-h-12 self-start text-lg`}>
        {pending ? "Đang ghi nhận…" : submitLabel}
      </button>
    </>
  )
}

/**
 * One of the shelf's movement forms (receive, return to the producer, adjust): rows of SKU (or
 * barcode) and quantity, blank rows skipped, the backend's refusal shown as it says it.
 */
export function StockRowsForm({
  id,
  title,
  description,
  action,
  kind,
  submitLabel,
}: {
  id: string
  title: string
  description: React.ReactNode
  action: Action
  kind: MovementForm
  submitLabel: string
}) {
  const read = READERS[kind]
  const withBatch = kind === "receipt"
  const signed = kind === "adjustment"
  const withReason = kind === "adjustment"
  const [state, formAction, pending] = useActionState(action, { status: "idle" })
  const [rows, setRows] = useState(FIRST_ROWS)
  const { found, onSubmit, formRef } = useFormCheck((form) => {
    const validation = read(form)
    return validation.ok ? null : validation.errors
  }, state)
  const errors: Record<string, string | undefined> = found ?? state.errors ?? {}
  const values = state.status === "error" ? (state.values ?? {}) : {}

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`} className={box}>
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {title}
      </h2>
      <p className="text-stone-700">{description}</p>
      <FormMessage state={state} />
      <table className="w-full border-collapse">
        <caption className="sr-only">Các dòng hàng: {title}</caption>
        <thead>
          <tr>
            <th scope="col" className="pb-1 text-left font-semibold">
              SKU hoặc mã vạch
            </th>
            <th scope="col" className="w-32 pb-1 text-left font-semibold">
              {signed ? "Số lượng (+/−)" : "Số lượng"}
            </th>
            {withBatch && (
              <th scope="col" className="w-40 pb-1 text-left font-semibold">
                Số lô <span className="font-normal text-stone-600">(không bắt buộc)</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, index) => {
            const skuId = `${id}-sku-${index}`
            const quantityId = `${id}-quantity-${index}`
            const skuError = errors[`sku.${index}`]
            const quantityError = errors[`quantity.${index}`]
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position: errors are keyed `sku.<row>`
              <tr key={index}>
                <td className="pr-2 pb-2 align-top">
                  <input
                    id={skuId}
                    name="sku"
                    aria-label={`SKU dòng ${index + 1}`}
                    autoComplete="off"
                    maxLength={100}
                    key={values[`sku.${index}`] ?? ""}
                    defaultValue={values[`sku.${index}`]}
                    className={`${bigInput} font-mono`}
                    {...describe(skuId, skuError)}
                  />
                  <FieldError id={skuId} error={skuError} />
                </td>
                <td className="pr-2 pb-2 align-top">
                  <input
                    id={quantityId}
                    name="quantity"
                    aria-label={`Số lượng dòng ${index + 1}`}
                    inputMode={signed ? "text" : "numeric"}
                    autoComplete="off"
                    key={values[`quantity.${index}`] ?? ""}
                    defaultValue={values[`quantity.${index}`]}
                    className={bigInput}
                    {...describe(quantityId, quantityError)}
                  />
                  <FieldError id={quantityId} error={quantityError} />
                </td>
                {withBatch && (
                  <td className="pb-2 align-top">
                    <input
                      name="batch_code"
                      aria-label={`Số lô dòng ${index + 1}`}
                      autoComplete="off"
                      maxLength={100}
                      key={values[`batch_code.${index}`] ?? ""}
                      defaultValue={values[`batch_code.${index}`]}
                      className={bigInput}
                    />
                  </td>
                )}
              </tr>
            )
          })}
        </tbody>
      </table>
      <FieldError id={`${id}-lines`} error={errors.lines} />
      {rows < MAX_ROWS && (
        <button type="button" onClick={() => setRows((n) => n + 1)} className={`${secondaryButton} min-h-12 self-start`}>
          Thêm dòng
        </button>
      )}
      {withReason && (
        <SelectField
          id={`${id}-reason`}
          name="reason"
          label="Lý do"
          placeholder="— Chọn lý do —"
          options={ADJUSTMENT_REASONS.map((reason) => ({ value: reason, label: ADJUSTMENT_REASON_LABELS[reason] }))}
          hint="Hư hỏng, hết hạn, thất lạc: nhập số âm. Kiểm kê lại: âm nếu thiếu, dương nếu thừa."
          defaultValue={values.reason ?? ""}
          error={errors.reason}
          className={bigInput}
        />
      )}
      <NoteAndSubmit id={`${id}-note`} note={values.note} error={errors.note} pending={pending} submitLabel={submitLabel} />
    </form>
  )
}

function checkCustomerReturn(form: FormData) {
  const validation = readCustomerReturnForm(form)
  return validation.ok ? null : validation.errors
}

/** Khách trả hàng: by the order id printed on the receipt. */
export function CustomerReturnForm({ action, orderId, code }: { action: Action; orderId?: string; code?: string }) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm(action, checkCustomerReturn)
  const values = state.status === "error" ? (state.values ?? {}) : { order_id: orderId, code }
  return (
    <form
      id="khach-tra-hang"
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="customer-return-heading"
      className={`${box} scroll-mt-4`}
    >
      <h2 id="customer-return-heading" className="text-xl font-bold">
        Khách trả hàng
      </h2>
      <p className="text-stone-700">Hàng khách mang trả được đưa lại lên quầy; khách được hoàn tiền theo giá đã bán.</p>
      <FormMessage state={state} />
      <TextField
        id="customer-return-order"
        name="order_id"
        label="Mã đơn"
        hint="In ở cuối hoá đơn, dạng order_…"
        autoComplete="off"
        defaultValue={values.order_id}
        error={errors.order_id}
        className={`${bigInput} font-mono`}
      />
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <TextField
          id="customer-return-code"
          name="code"
          label="SKU hoặc mã vạch"
          autoComplete="off"
          defaultValue={values.code}
          error={errors.code}
          className={`${bigInput} font-mono`}
        />
        <TextField
          id="customer-return-quantity"
          name="quantity"
          label="Số lượng"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={values.quantity}
          error={errors.quantity}
          className={bigInput}
        />
      </div>
      <NoteAndSubmit
        id="customer-return-note"
        note={values.note}
        error={errors.note}
        pending={pending}
        submitLabel="Ghi nhận khách trả"
      />
    </form>
  )
}
