import { Checkbox, Hint, Input, Label, Text } from "@medusajs/ui"
import { useId } from "react"
import type { CoveredSku } from "../lib/certificates"
import { isWebAddress, webAddressRefusal } from "@ocop/contracts/schemas"
import { type FieldErrors, invalidProps } from "./form"

export type PickableVariant = { id: string; title: string | null; sku?: string | null }

/** Per variant: whether the certificate covers it, its packaging (quy cách) and registered label image. */
export type SkuDraft = Record<string, { selected: boolean; packaging: string; label_image_url: string }>

/** Nothing ticked; each packaging prefilled with the variant's title, which is usually the packaging. */
export function skuDraftFor(variants: PickableVariant[], covered: CoveredSku[] = []): SkuDraft {
  return Object.fromEntries(
    variants.map((variant) => {
      const current = covered.find((sku) => sku.variant_id === variant.id)
      return [
        variant.id,
        {
          selected: !!current,
          packaging: current?.packaging ?? variant.title ?? "",
          label_image_url: current?.label_image_url ?? "",
        },
      ]
    })
  )
}

export function validateSkus(draft: SkuDraft): FieldErrors {
  const errors: FieldErrors = {}
  const chosen = Object.entries(draft).filter(([, sku]) => sku.selected)
  if (!chosen.length) errors.skus = "Chọn ít nhất một quy cách (SKU) được công nhận."
  for (const [variantId, sku] of chosen) {
    if (!sku.packaging.trim()) errors[`packaging:${variantId}`] = "Nhập quy cách đóng gói, ví dụ Hộp 400 g."
    if (sku.label_image_url.trim() && !isWebAddress(sku.label_image_url.trim())) {
      errors[`label:${variantId}`] = webAddressRefusal("Ảnh nhãn")
    }
  }
  return errors
}

export function skusBody(draft: SkuDraft): CoveredSku[] {
  return Object.entries(draft)
    .filter(([, sku]) => sku.selected)
    .map(([variant_id, sku]) => ({
      variant_id,
      packaging: sku.packaging.trim(),
      label_image_url: sku.label_image_url.trim() || null,
    }))
}

/** Tick the variants a certificate covers, each with its packaging and label image. */
export const SkuPicker = ({
  variants,
  value,
  onChange,
  errors,
}: {
  variants: PickableVariant[]
  value: SkuDraft
  onChange: (next: SkuDraft) => void
  errors: FieldErrors
}) => {
  const id = useId()
  const update = (variantId: string, patch: Partial<SkuDraft[string]>) =>
    onChange({ ...value, [variantId]: { ...value[variantId], ...patch } })

  if (!variants.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Sản phẩm này chưa có phiên bản (SKU) nào.
      </Text>
    )
  }

  return (
    <div className="flex flex-col gap-y-2">
      <ul className="divide-ui-border-base border-ui-border-base divide-y rounded-lg border">
        {variants.map((variant) => {
          const sku = value[variant.id] ?? { selected: false, packaging: variant.title ?? "", label_image_url: "" }
          const base = `${id}-${variant.id}`
          const packagingError = errors[`packaging:${variant.id}`]
          const labelError = errors[`label:${variant.id}`]
          return (
            <li key={variant.id} className="flex flex-col gap-3 p-3 md:flex-row md:items-start">
              <div className="flex items-center gap-x-3 md:w-56 md:pt-2">
                <Checkbox
                  id={`${base}-selected`}
                  checked={sku.selected}
                  onCheckedChange={(checked) => update(variant.id, { selected: checked === true })}
                  {...invalidProps(`${id}-skus`, errors.skus)}
                />
                <Label htmlFor={`${base}-selected`} size="small" weight="plus" className="flex flex-col">
                  <span>{variant.title}</span>
                  {variant.sku && <span className="text-ui-fg-muted txt-compact-xsmall font-normal">{variant.sku}</span>}
                </Label>
              </div>
              <div className="grid flex-1 grid-cols-1 gap-2 md:grid-cols-2">
                <div className="flex flex-col gap-y-1">
                  <Label htmlFor={`${base}-packaging`} size="xsmall" className="text-ui-fg-subtle">
                    Quy cách<span className="sr-only"> {variant.title}</span>
                  </Label>
                  <Input
                    id={`${base}-packaging`}
                    size="small"
                    value={sku.packaging}
                    disabled={!sku.selected}
                    onChange={(event) => update(variant.id, { packaging: event.target.value })}
                    placeholder="Hộp 400 g"
                    {...invalidProps(`${base}-packaging`, packagingError)}
                  />
                  {packagingError && (
                    <Hint variant="error" id={`${base}-packaging-error`}>
                      {packagingError}
                    </Hint>
                  )}
                </div>
                <div className="flex flex-col gap-y-1">
                  <Label htmlFor={`${base}-label`} size="xsmall" className="text-ui-fg-subtle">
                    Ảnh nhãn đã đăng ký<span className="sr-only"> {variant.title}</span> (không bắt buộc)
                  </Label>
                  <Input
                    id={`${base}-label`}
                    size="small"
                    type="url"
                    value={sku.label_image_url}
                    disabled={!sku.selected}
                    onChange={(event) => update(variant.id, { label_image_url: event.target.value })}
                    placeholder="https://…"
                    {...invalidProps(`${base}-label`, labelError)}
                  />
                  {labelError && (
                    <Hint variant="error" id={`${base}-label-error`}>
                      {labelError}
                    </Hint>
                  )}
                </div>
              </div>
            </li>
          )
        })}
      </ul>
      {errors.skus && (
        <Hint variant="error" id={`${id}-skus-error`}>
          {errors.skus}
        </Hint>
      )}
    </div>
  )
}
