// A product's name and description, the same fields whether it is being created or edited.
import type { ProductField } from "@/modules/producer-portal/actions/products"
import { TextAreaField, TextField } from "@/modules/common/components/fields"

export function ProductTextFields({
  values,
  errors,
  titlePlaceholder,
}: {
  values?: { title?: string | null; description?: string | null }
  errors: Partial<Record<ProductField, string>>
  titlePlaceholder?: string
}) {
  return (
    <>
      <TextField
        id="product-title"
        name="title"
        label="Tên sản phẩm"
        maxLength={200}
        placeholder={titlePlaceholder}
        defaultValue={values?.title ?? ""}
        error={errors.title}
      />
      <TextAreaField
        id="product-description"
        name="description"
        label="Mô tả"
        optional
        rows={6}
        defaultValue={values?.description ?? ""}
        error={errors.description}
      />
    </>
  )
}
