import {
  PACKAGING_FIELDS,
  packagingInputName,
  type PackagingErrors,
  type PackagingField,
} from "@/modules/producer-portal/packaging"
import { describe, FieldError, inputClass } from "@/modules/common/components/fields"

const LABELS: Record<PackagingField, string> = {
  title: "Tên quy cách",
  sku: "SKU",
  price: "Giá (₫)",
  stock: "Tồn kho",
}

const PLACEHOLDERS: Record<PackagingField, string> = {
  title: "Hộp 500 g",
  sku: "KCD-HOP-500",
  price: "120000",
  stock: "50",
}

/** The four inputs of one packaging: tên quy cách, SKU, giá (₫), tồn kho. */
export default function PackagingFields({
  rowKey,
  values,
  errors = {},
}: {
  rowKey: string
  values?: Partial<Record<PackagingField, string>>
  errors?: PackagingErrors
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {PACKAGING_FIELDS.map((field) => {
        const id = `packaging-${rowKey}-${field}`
        return (
          <div key={field} className="flex flex-col gap-1">
            <label htmlFor={id} className="font-semibold">
              {LABELS[field]}
            </label>
            <input
              id={id}
              name={packagingInputName(rowKey, field)}
              required
              maxLength={field === "title" ? 100 : field === "sku" ? 64 : 20}
              inputMode={field === "price" || field === "stock" ? "numeric" : undefined}
              placeholder={PLACEHOLDERS[field]}
              key={values?.[field] ?? ""}
              defaultValue={values?.[field]}
              className={inputClass}
              {...describe(id, errors[field])}
            />
            <FieldError id={id} error={errors[field]} />
          </div>
        )
      })}
    </div>
  )
}
