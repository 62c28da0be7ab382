import { Alert, Button, Checkbox, Drawer, Heading, Label, Text, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { type FormEvent, useId, useRef, useState } from "react"
import { useNavigate } from "react-router-dom"
import type { OfficeCertificate } from "@ocop/contracts"
import { type CoveredSku, useRenewCertificate } from "../lib/certificates"
import { formatDate } from "../lib/format"
import { sdk } from "../lib/sdk"
import { DecisionFields, type DecisionDraft, decisionBody, emptyDecision, validateDecision } from "./decision-fields"
import { focusFirstInvalid, FormAlerts, hasErrors, type FieldErrors } from "./form"
import { type SkuDraft, SkuPicker, skuDraftFor, skusBody, validateSkus } from "./sku-picker"

const draftFrom = (certificate: OfficeCertificate): DecisionDraft =>
  emptyDecision({
    issuer: certificate.issuer,
    stars: String(certificate.stars),
    product_set: String(certificate.product_set),
  })

/** "Công nhận lại": a re-recognition decision replaces this certificate; the old one becomes expired. */
export const RenewCertificateDrawer = ({ certificate }: { certificate: OfficeCertificate }) => {
  const id = useId()
  const navigate = useNavigate()
  const bodyRef = useRef<HTMLDivElement>(null)
  const renew = useRenewCertificate(certificate.id)

  const [open, setOpen] = useState(false)
  const [submitted, setSubmitted] = useState(false)
  const [decision, setDecision] = useState<DecisionDraft>(() => draftFrom(certificate))
  const [keepSkus, setKeepSkus] = useState(true)
  const [editedSkus, setEditedSkus] = useState<SkuDraft | null>(null)

  const productId = certificate.product?.id
  const variants = useQuery({
    queryKey: ["ocop", "product-variants", productId],
    queryFn: () => sdk.admin.product.retrieve(productId!, { fields: "id,variants.id,variants.title,variants.sku" }),
    select: (data) => data.product.variants ?? [],
    enabled: open && !keepSkus && !!productId,
  })
  const covered: CoveredSku[] = certificate.skus.flatMap((sku) =>
    sku.product_variant
      ? [{ variant_id: sku.product_variant.id, packaging: sku.packaging, label_image_url: sku.label_image_url }]
      : []
  )
  const skus = editedSkus ?? (variants.data ? skuDraftFor(variants.data, covered) : null)

  const validate = (): FieldErrors => ({
    ...validateDecision(decision),
    ...(!keepSkus && skus ? validateSkus(skus) : {}),
  })
  const errors = submitted ? validate() : {}

  const reset = () => {
    setSubmitted(false)
    setDecision(draftFrom(certificate))
    setKeepSkus(true)
    setEditedSkus(null)
    renew.reset()
  }

  const onOpenChange = (next: boolean) => {
    if (renew.isPending) return
    setOpen(next)
    if (!next) reset()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (hasErrors(validate()) || (!keepSkus && !skus)) {
      focusFirstInvalid(bodyRef.current)
      return
    }
    try {
      const { certificate: renewed } = await renew.mutateAsync({
        ...decisionBody(decision),
        ...(!keepSkus && skus && { skus: skusBody(skus) }),
      })
      toast.success("Đã công nhận lại giấy chứng nhận", { description: renewed.decision_number })
      setOpen(false)
      reset()
      navigate(`/ocop-certificates/${renewed.id}`)
    } catch {
      bodyRef.current?.scrollTo({ top: 0, behavior: "smooth" }) // the message is shown at the top
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Công nhận lại
        </Button>
      </Drawer.Trigger>
      <Drawer.Content className="sm:max-w-[720px]">
        <form onSubmit={submit} noValidate className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>Công nhận lại {certificate.decision_number}</Heading>
            </Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle txt-compact-small">
              Quyết định mới thay thế giấy chứng nhận hết hạn ngày {formatDate(certificate.expires_at)}; giấy cũ chuyển sang hết
              hạn và vẫn được lưu.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body ref={bodyRef} className="flex flex-col gap-y-6 overflow-y-auto">
            <FormAlerts failure={renew.error} invalid={submitted && hasErrors(errors)} />

            <DecisionFields
              value={decision}
              onChange={(patch) => setDecision((current) => ({ ...current, ...patch }))}
              errors={errors}
            />

            <section className="flex flex-col gap-y-3" aria-labelledby={`${id}-skus`}>
              <Heading level="h3" id={`${id}-skus`}>
                Quy cách được công nhận
              </Heading>
              <div className="flex items-center gap-x-2">
                <Checkbox id={`${id}-keep`} checked={keepSkus} onCheckedChange={(checked) => setKeepSkus(checked === true)} />
                <Label htmlFor={`${id}-keep`} size="small">
                  Giữ nguyên các quy cách của giấy hiện tại
                </Label>
              </div>
              {keepSkus ? (
                <ul className="text-ui-fg-subtle txt-compact-small list-disc pl-5">
                  {certificate.skus.map((sku) => (
                    <li key={sku.id}>
                      {sku.packaging}
                      {sku.product_variant?.sku && <span className="text-ui-fg-muted"> · {sku.product_variant.sku}</span>}
                    </li>
                  ))}
                </ul>
              ) : variants.isError ? (
                <Alert variant="error">Không tải được các phiên bản của sản phẩm.</Alert>
              ) : !skus ? (
                <Text size="small" className="text-ui-fg-subtle">
                  Đang tải các phiên bản…
                </Text>
              ) : (
                <SkuPicker variants={variants.data ?? []} value={skus} onChange={setEditedSkus} errors={errors} />
              )}
            </section>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" size="small" variant="secondary" disabled={renew.isPending}>
                Huỷ
              </Button>
            </Drawer.Close>
            <Button type="submit" size="small" isLoading={renew.isPending}>
              Lưu quyết định công nhận lại
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
