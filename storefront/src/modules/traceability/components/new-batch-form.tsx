"use client"

import { FormMessage, primaryButton, SelectField, TextField } from "@/modules/common/components/fields"
import { useCheckedForm } from "@/modules/common/components/use-form-check"
import type { FormState } from "@/modules/common/form-state"
import { MAX_BATCH_STAMPS, MAX_LOT_LENGTH } from "@ocop/contracts/schemas"
import { readBatchForm, type BatchField } from "@/modules/traceability/batch-form"

type Action = (state: FormState<BatchField>, form: FormData) => Promise<FormState<BatchField>>

function check(form: FormData) {
  const validation = readBatchForm(form)
  return validation.ok ? null : validation.errors
}

/** Records a production batch of one certified packaging, with one stamp (not yet activated) per unit. */
export default function NewBatchForm({
  action,
  packagings,
  today,
}: {
  action: Action
  packagings: { value: string; label: string }[]
  /** The day in Vietnam: the latest production day the date picker offers. */
  today: string
}) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm(action, check)
  const values = state.status === "error" ? state.values : undefined

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <SelectField
        id="batch-variant"
        name="variant_id"
        label="Quy cách đóng gói"
        placeholder="Chọn sản phẩm và quy cách"
        options={packagings}
        hint="Chỉ quy cách có giấy chứng nhận OCOP còn hiệu lực mới được cấp tem."
        defaultValue={values?.variant_id ?? ""}
        error={errors.variant_id}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="batch-lot-number"
          name="lot_number"
          label="Số lô"
          maxLength={MAX_LOT_LENGTH}
          autoComplete="off"
          hint="Như in trên bao bì."
          defaultValue={values?.lot_number}
          error={errors.lot_number}
        />
        <TextField
          id="batch-quantity"
          name="quantity"
          label="Số tem"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_BATCH_STAMPS}
          step={1}
          hint="Mỗi đơn vị sản phẩm một tem, tối đa 5.000 tem một lô."
          defaultValue={values?.quantity}
          error={errors.quantity}
        />
        <TextField
          id="batch-produced-on"
          name="produced_on"
          label="Ngày sản xuất"
          type="date"
          max={today}
          defaultValue={values?.produced_on}
          error={errors.produced_on}
        />
        <TextField
          id="batch-expires-on"
          name="expires_on"
          label="Hạn sử dụng"
          type="date"
          optional
          defaultValue={values?.expires_on}
          error={errors.expires_on}
        />
      </div>
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? "Đang tạo lô…" : "Tạo lô và tem"}
      </button>
    </form>
  )
}
