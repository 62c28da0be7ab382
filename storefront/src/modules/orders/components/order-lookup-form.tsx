"use client"

import { FormMessage, primaryButton, TextField } from "@/modules/common/components/fields"
import { useCheckedForm } from "@/modules/common/components/use-form-check"
import { lookUpOrderAction } from "@/modules/orders/actions/look-up"
import { readLookupForm } from "@/modules/orders/lookup"

const check = (form: FormData) => {
  const read = readLookupForm(form)
  return read.ok ? null : read.errors
}

/** The order number and the phone or e-mail given at checkout; a match opens the order's page. */
export default function OrderLookupForm() {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm(lookUpOrderAction, check)
  const typed = state.status === "error" ? state.values : undefined
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <TextField
        id="lookup-order-number"
        name="order_number"
        label="Mã đơn hàng"
        hint="In trong email xác nhận và trên trang đặt hàng thành công, ví dụ #1042."
        inputMode="numeric"
        autoComplete="off"
        maxLength={20}
        defaultValue={typed?.order_number}
        error={errors.order_number}
      />
      <TextField
        id="lookup-contact"
        name="contact"
        label="Số điện thoại hoặc email"
        hint="Số điện thoại hoặc email bạn đã nhập khi đặt hàng, ví dụ 0912 345 678."
        autoComplete="tel"
        maxLength={254}
        defaultValue={typed?.contact}
        error={errors.contact}
      />
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? "Đang tra cứu…" : "Tra cứu đơn hàng"}
      </button>
    </form>
  )
}
