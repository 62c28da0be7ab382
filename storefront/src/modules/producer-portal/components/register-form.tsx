"use client"

import { useActionState } from "react"
import { OWNER_TYPE_LABELS, OWNER_TYPES } from "@ocop/contracts"
import { registerAction } from "@/modules/producer-portal/actions/auth"
import type { FormState } from "@/modules/common/form-state"
import { readFields } from "@/modules/common/form-values"
import { REGISTRATION_FIELDS, validateRegistration, type RegistrationField } from "@/modules/producer-portal/producer-form"
import { AccountFields } from "./account-fields"
import { FormMessage, primaryButton, SelectField, TextField } from "@/modules/common/components/fields"
import { AddressFields, ContactFields, StoryField } from "./producer-fields"
import { useFormCheck } from "@/modules/common/components/use-form-check"

const legend = "mb-2 text-xl font-bold"

function check(form: FormData) {
  const validation = validateRegistration(readFields(form, REGISTRATION_FIELDS))
  return validation.ok ? null : validation.errors
}

export default function RegisterForm() {
  const [state, formAction, pending] = useActionState<FormState<RegistrationField>, FormData>(registerAction, {
    status: "idle",
  })
  const { found, onSubmit, formRef } = useFormCheck(check, state)
  const errors = found ?? state.errors ?? {}
  const values = state.values ?? {}

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-8">
      <FormMessage state={state} />

      <fieldset className="flex flex-col gap-4">
        <legend className={legend}>Tài khoản đăng nhập</legend>
        <AccountFields nameLabel="Họ và tên của bạn" values={values} errors={errors} />
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className={legend}>Chủ thể OCOP</legend>
        <TextField
          id="register-name"
          name="name"
          label="Tên chủ thể"
          autoComplete="organization"
          hint="Như trên giấy đăng ký kinh doanh, ví dụ: Hợp tác xã Kẹo cu đơ Hương Sơn."
          defaultValue={values.name}
          error={errors.name}
        />
        <SelectField
          id="register-owner-type"
          name="owner_type"
          label="Loại hình chủ thể"
          placeholder="Chọn loại hình"
          options={OWNER_TYPES.map((type) => ({ value: type, label: OWNER_TYPE_LABELS[type] }))}
          defaultValue={values.owner_type ?? ""}
          error={errors.owner_type}
        />
        <TextField
          id="register-tax-code"
          name="tax_code"
          label="Mã số thuế"
          inputMode="numeric"
          placeholder="3001234567"
          hint="10 chữ số; chi nhánh thêm dấu gạch ngang và 3 chữ số (3001234567-001)."
          defaultValue={values.tax_code}
          error={errors.tax_code}
        />
        <ContactFields values={values} errors={errors} />
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className={legend}>Địa chỉ sản xuất</legend>
        <AddressFields values={values} errors={errors} />
        <TextField
          id="register-district"
          name="district_as_issued"
          label="Huyện ghi trên giấy chứng nhận OCOP"
          optional
          hint="Với giấy chứng nhận cấp trước 1/7/2025, khi còn cấp huyện."
          defaultValue={values.district_as_issued}
          error={errors.district_as_issued}
        />
        <TextField
          id="register-address-as-issued"
          name="address_as_issued"
          label="Địa chỉ ghi trên giấy chứng nhận OCOP cũ"
          optional
          hint="Ghi đúng như trên giấy, ví dụ: xã Hương Long, huyện Hương Khê, tỉnh Hà Tĩnh."
          defaultValue={values.address_as_issued}
          error={errors.address_as_issued}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className={legend}>Giới thiệu</legend>
        <StoryField value={values.story} error={errors.story} />
      </fieldset>

      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Đang gửi đăng ký…" : "Đăng ký nhà sản xuất"}
      </button>
    </form>
  )
}
