// The producer's contact and address fields, shared by registration and the profile page.
import { PROVINCES } from "@/modules/checkout/provinces"
import type { FieldErrors } from "@/modules/common/form-values"
import type { ProfileField } from "@/modules/producer-portal/producer-form"
import { SelectField, TextAreaField, TextField } from "@/modules/common/components/fields"

type ProfileFieldsProps = {
  values: Partial<Record<ProfileField, string | null>>
  errors: FieldErrors<ProfileField>
}

export function ContactFields({ values, errors }: ProfileFieldsProps) {
  return (
    <>
      <TextField
        id="producer-representative"
        name="representative"
        label="Người đại diện"
        autoComplete="name"
        defaultValue={values.representative ?? ""}
        error={errors.representative}
      />
      <TextField
        id="producer-phone"
        name="phone"
        label="Số điện thoại"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        placeholder="0912 345 678"
        defaultValue={values.phone ?? ""}
        error={errors.phone}
      />
      <TextField
        id="producer-email"
        name="email"
        label="Email liên hệ"
        type="email"
        autoComplete="email"
        defaultValue={values.email ?? ""}
        error={errors.email}
      />
    </>
  )
}

export function AddressFields({ values, errors }: ProfileFieldsProps) {
  const province = values.province ?? ""
  // A province written before the 2025 reorganisation stays selectable until the owner changes it.
  const provinces = province && !(PROVINCES as readonly string[]).includes(province) ? [province, ...PROVINCES] : PROVINCES
  return (
    <>
      <SelectField
        id="producer-province"
        name="province"
        label="Tỉnh/Thành phố"
        autoComplete="address-level1"
        placeholder="Chọn tỉnh/thành phố"
        options={provinces}
        defaultValue={province}
        error={errors.province}
      />
      <TextField
        id="producer-commune"
        name="commune"
        label="Phường/Xã"
        autoComplete="address-level2"
        placeholder="Ví dụ: Xã Hương Long"
        defaultValue={values.commune ?? ""}
        error={errors.commune}
      />
      <TextField
        id="producer-address"
        name="address"
        label="Địa chỉ cụ thể"
        optional
        autoComplete="street-address"
        placeholder="Số nhà, tên đường, thôn/xóm"
        defaultValue={values.address ?? ""}
        error={errors.address}
      />
    </>
  )
}

export function StoryField({ value, error }: { value?: string | null; error?: string }) {
  return (
    <TextAreaField
      id="producer-story"
      name="story"
      label="Câu chuyện sản phẩm"
      optional
      rows={6}
      hint="Hiện trên trang nhà sản xuất: nguồn gốc, cách làm, con người."
      defaultValue={value ?? ""}
      error={error}
    />
  )
}
