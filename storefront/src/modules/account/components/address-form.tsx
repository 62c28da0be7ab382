"use client"

import AddressUnitsPicker from "@/modules/checkout/components/address-units-picker"
import { FormMessage, primaryButton, TextField } from "@/modules/common/components/fields"
import { useCheckedForm } from "@/modules/common/components/use-form-check"
import type { FormState } from "@/modules/common/form-state"
import { readFields } from "@/modules/common/form-values"
import { ADDRESS_FIELDS, type AddressField, validateAddressEntry } from "../forms"

function check(form: FormData) {
  const checked = validateAddressEntry(readFields(form, ADDRESS_FIELDS))
  return checked.ok ? null : checked.errors
}

/** An address book entry, new or edited; the province→commune picker of the checkout. */
export default function AddressForm({
  action,
  provinces,
  defaults,
}: {
  action: (state: FormState<AddressField>, form: FormData) => Promise<FormState<AddressField>>
  provinces: { code: string; name: string }[]
  defaults: Record<AddressField, string>
}) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm<AddressField, FormState<AddressField>>(
    action,
    check
  )
  const values = { ...defaults, ...state.values }
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <TextField
        id="address-name"
        name="full_name"
        label="Họ và tên người nhận"
        autoComplete="name"
        defaultValue={values.full_name}
        error={errors.full_name}
      />
      <TextField
        id="address-phone"
        name="phone"
        label="Số điện thoại di động"
        type="tel"
        autoComplete="tel"
        defaultValue={values.phone}
        error={errors.phone}
      />
      <AddressUnitsPicker provinces={provinces} province={values.province} commune={values.commune} errors={errors} />
      <TextField
        id="address-line"
        name="address"
        label="Địa chỉ cụ thể"
        hint="Số nhà, đường, thôn/xóm"
        autoComplete="street-address"
        defaultValue={values.address}
        error={errors.address}
      />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="is_default" defaultChecked={values.is_default === "on"} className="size-5" />
        Dùng làm địa chỉ giao hàng mặc định
      </label>
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? "Đang lưu…" : "Lưu địa chỉ"}
      </button>
    </form>
  )
}
