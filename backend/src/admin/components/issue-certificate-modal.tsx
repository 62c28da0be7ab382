import { Button, FocusModal, Heading, Input, Text, toast } from "@medusajs/ui"
import { type FormEvent, useId, useRef, useState } from "react"
import { useNavigate } from "react-router-dom"
import { useIssueCertificate } from "../lib/certificates"
import {
  DecisionFields,
  type DecisionDraft,
  decisionBody,
  emptyDecision,
  STAR_CHOICES,
  validateDecision,
} from "./decision-fields"
import { Field, focusFirstInvalid, FormAlerts, FormModalFooter, hasErrors, invalidProps, type FieldErrors } from "./form"
import { type PickedProduct, ProductPicker } from "./product-picker"
import { type SkuDraft, SkuPicker, skuDraftFor, skusBody, validateSkus } from "./sku-picker"

type Owner = {
  owner_name: string
  owner_address: string
  owner_commune: string
  owner_district_as_issued: string
  owner_province: string
}

const NO_OWNER: Owner = { owner_name: "", owner_address: "", owner_commune: "", owner_district_as_issued: "", owner_province: "" }

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "")

/** The product's producer is the certificate's owner (chủ thể). */
function ownerFromProduct(product: PickedProduct): Owner {
  const producer = product.producer
  const owner = {
    owner_name: text(producer?.name),
    owner_commune: text(producer?.commune),
    owner_district_as_issued: text(producer?.district_as_issued),
    owner_province: text(producer?.province),
  }
  const address = [owner.owner_commune, owner.owner_district_as_issued, owner.owner_province].filter(Boolean).join(", ")
  return { ...owner, owner_address: address }
}

/** Stars and product set the product was evaluated with, when its metadata records them. */
function decisionFromProduct(product: PickedProduct): Partial<DecisionDraft> {
  const stars = Number(product.metadata?.ocop_stars)
  const productSet = Number(product.metadata?.ocop_product_set)
  return {
    stars: (STAR_CHOICES as readonly number[]).includes(stars) ? String(stars) : "",
    product_set: Number.isInteger(productSet) && productSet >= 1 && productSet <= 26 ? String(productSet) : "",
  }
}

/** "Cấp giấy chứng nhận": record a recognition decision for a product and the exact SKUs it covers. */
export const IssueCertificateModal = () => {
  const id = useId()
  const navigate = useNavigate()
  const bodyRef = useRef<HTMLDivElement>(null)
  const issue = useIssueCertificate()

  const [open, setOpen] = useState(false)
  const [submitted, setSubmitted] = useState(false)
  const [product, setProduct] = useState<PickedProduct | null>(null)
  const [skus, setSkus] = useState<SkuDraft>({})
  const [decision, setDecision] = useState<DecisionDraft>(() => emptyDecision())
  const [renewalFiledAt, setRenewalFiledAt] = useState("")
  const [owner, setOwner] = useState<Owner>(NO_OWNER)

  const validate = (): FieldErrors => ({
    product: product ? undefined : "Chọn sản phẩm được công nhận.",
    ...(product ? validateSkus(skus) : {}),
    ...validateDecision(decision),
    owner_name: owner.owner_name.trim() ? undefined : "Nhập tên chủ thể.",
  })
  const errors = submitted ? validate() : {}

  const reset = () => {
    setSubmitted(false)
    setProduct(null)
    setSkus({})
    setDecision(emptyDecision())
    setRenewalFiledAt("")
    setOwner(NO_OWNER)
    issue.reset()
  }

  const onOpenChange = (next: boolean) => {
    if (issue.isPending) return
    setOpen(next)
    if (!next) reset()
  }

  const pickProduct = (picked: PickedProduct | null) => {
    setProduct(picked)
    setSkus(picked ? skuDraftFor(picked.variants ?? []) : {})
    if (picked) {
      setOwner(ownerFromProduct(picked))
      setDecision((current) => ({ ...current, ...decisionFromProduct(picked) }))
    }
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (hasErrors(validate()) || !product) {
      focusFirstInvalid(bodyRef.current)
      return
    }
    const optional = (value: string) => value.trim() || null
    try {
      const { certificate } = await issue.mutateAsync({
        ...decisionBody(decision),
        product_id: product.id,
        ...(renewalFiledAt && { renewal_filed_at: renewalFiledAt }),
        owner_name: owner.owner_name.trim(),
        owner_address: optional(owner.owner_address),
        owner_commune: optional(owner.owner_commune),
        owner_district_as_issued: optional(owner.owner_district_as_issued),
        owner_province: optional(owner.owner_province),
        skus: skusBody(skus),
      })
      toast.success("Đã cấp giấy chứng nhận", { description: `${certificate.decision_number} · ${certificate.product_name}` })
      setOpen(false)
      reset()
      navigate(`/ocop-certificates/${certificate.id}`)
    } catch {
      bodyRef.current?.scrollTo({ top: 0, behavior: "smooth" }) // the message is shown at the top
    }
  }

  const ownerField = (name: keyof Owner) => ({
    id: `${id}-${name}`,
    value: owner[name],
    onChange: (event: { target: { value: string } }) => setOwner((current) => ({ ...current, [name]: event.target.value })),
    ...invalidProps(`${id}-${name}`, errors[name]),
  })

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          Cấp giấy chứng nhận
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form onSubmit={submit} noValidate className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header />
          <FocusModal.Body ref={bodyRef} className="overflow-y-auto">
            <div className="mx-auto flex w-full max-w-[760px] flex-col gap-y-8 px-4 py-10">
              <div className="flex flex-col gap-y-1">
                <FocusModal.Title asChild>
                  <Heading>Cấp giấy chứng nhận OCOP</Heading>
                </FocusModal.Title>
                <FocusModal.Description asChild>
                  <Text size="small" className="text-ui-fg-subtle">
                    Ghi lại quyết định công nhận và chỉ rõ từng quy cách (SKU) được công nhận kèm mẫu nhãn đã đăng ký.
                  </Text>
                </FocusModal.Description>
              </div>

              <FormAlerts failure={issue.error} invalid={submitted && hasErrors(errors)} />

              <section className="flex flex-col gap-y-4" aria-labelledby={`${id}-product`}>
                <Heading level="h3" id={`${id}-product`}>
                  Sản phẩm và quy cách được công nhận
                </Heading>
                <ProductPicker value={product} onChange={pickProduct} error={errors.product} />
                {product && <SkuPicker variants={product.variants ?? []} value={skus} onChange={setSkus} errors={errors} />}
              </section>

              <section className="flex flex-col gap-y-4" aria-labelledby={`${id}-decision`}>
                <Heading level="h3" id={`${id}-decision`}>
                  Quyết định công nhận
                </Heading>
                <DecisionFields
                  value={decision}
                  onChange={(patch) => setDecision((current) => ({ ...current, ...patch }))}
                  errors={errors}
                />
                <Field
                  id={`${id}-renewal`}
                  label="Ngày nộp hồ sơ đánh giá lại"
                  optional
                  hint="Chỉ ghi khi chủ thể đã nộp hồ sơ đánh giá lại (từ 180 đến 120 ngày trước khi hết hạn)."
                >
                  <Input
                    id={`${id}-renewal`}
                    type="date"
                    value={renewalFiledAt}
                    onChange={(e) => setRenewalFiledAt(e.target.value)}
                  />
                </Field>
              </section>

              <section className="flex flex-col gap-y-4" aria-labelledby={`${id}-owner`}>
                <Heading level="h3" id={`${id}-owner`}>
                  Chủ thể
                </Heading>
                <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                  <Field id={`${id}-owner_name`} label="Tên chủ thể" error={errors.owner_name} className="md:col-span-2">
                    <Input {...ownerField("owner_name")} placeholder="Hợp tác xã …" />
                  </Field>
                  <Field id={`${id}-owner_address`} label="Địa chỉ ghi trên giấy" optional className="md:col-span-2">
                    <Input {...ownerField("owner_address")} />
                  </Field>
                  <Field id={`${id}-owner_commune`} label="Xã, phường" optional>
                    <Input {...ownerField("owner_commune")} />
                  </Field>
                  <Field
                    id={`${id}-owner_district_as_issued`}
                    label="Huyện (theo địa chỉ cũ)"
                    optional
                    hint="Huyện ghi trên giấy cấp trước 1/7/2025."
                  >
                    <Input {...ownerField("owner_district_as_issued")} />
                  </Field>
                  <Field id={`${id}-owner_province`} label="Tỉnh, thành phố" optional>
                    <Input {...ownerField("owner_province")} />
                  </Field>
                </div>
              </section>
            </div>
          </FocusModal.Body>
          <FormModalFooter pending={issue.isPending} submit={"Lưu giấy chứng nhận"} />
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
