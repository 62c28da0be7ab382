"use client"

import { useState } from "react"
import { cancelReasonCheck } from "@/modules/common/cancel-reason"
import { dangerButton, FormMessage, secondaryButton, TextAreaField } from "@/modules/common/components/fields"
import { useCheckedForm } from "@/modules/common/components/use-form-check"
import type { FormState } from "@/modules/common/form-state"

type Action = (state: FormState<"reason">, form: FormData) => Promise<FormState<"reason">>

/** "Huỷ đơn hàng", asked again before it is done: it cannot be undone. What was paid is refunded. */
export default function CancelOrder({ action, paid }: { action: Action; paid: boolean }) {
  const [asking, setAsking] = useState(false)
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm(action, cancelReasonCheck("shopper_order"))
  if (!asking)
    return (
      <div className="flex flex-col gap-2">
        <FormMessage state={state} />
        <button type="button" onClick={() => setAsking(true)} className={`${secondaryButton} self-start`}>
          Huỷ đơn hàng
        </button>
      </div>
    )
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-3 rounded-lg border border-red-700 p-4"
    >
      <h3 className="font-bold">Bạn chắc chắn muốn huỷ đơn hàng này?</h3>
      <p className="text-stone-700">
        Các nhà sản xuất sẽ ngừng chuẩn bị hàng. Không hoàn tác được.
        {paid &&
          " Số tiền bạn đã trả được hoàn lại theo cách bạn đã thanh toán: thẻ được hoàn ngay, chuyển khoản được văn phòng OCOP chuyển trả."}
      </p>
      <FormMessage state={state} />
      <TextAreaField
        id="shopper-cancel-reason"
        name="reason"
        label="Lý do huỷ (không bắt buộc)"
        rows={2}
        maxLength={500}
        defaultValue={state.status === "error" ? state.values?.reason : undefined}
        error={errors.reason}
      />
      <div className="flex gap-3">
        <button type="submit" disabled={pending} className={dangerButton}>
          {pending ? "Đang huỷ…" : "Xác nhận huỷ đơn"}
        </button>
        <button type="button" disabled={pending} onClick={() => setAsking(false)} className={secondaryButton}>
          Giữ đơn hàng
        </button>
      </div>
    </form>
  )
}
