import { Button, FocusModal, Heading, Input, Select, Text, toast } from "@medusajs/ui"
import type { SiteType } from "@ocop/contracts"
import { SITE_TYPE_LABELS, useCreateShowroom } from "../lib/showrooms"
import { useDraftDialog } from "./draft-dialog"
import { Field, FormAlerts, FormModalFooter, hasErrors, invalidProps, isEmail, type FieldErrors } from "./form"

/** The showroom as typed: every value a string, `site_type` "" until one is chosen. */
type Draft = {
  name: string
  site_type: SiteType | ""
  address: string
  commune: string
  province: string
  opening_hours: string
  operator: string
  phone: string
  email: string
}

const EMPTY: Draft = {
  name: "",
  site_type: "",
  address: "",
  commune: "",
  province: "",
  opening_hours: "",
  operator: "",
  phone: "",
  email: "",
}

/** The same sentences as the API's, caught before the request. */
function validate(draft: Draft): FieldErrors {
  const required = (name: keyof Draft, message: string) => (draft[name].trim() ? undefined : message)
  const email = draft.email.trim()
  return {
    name: required("name", "Nhập tên điểm bán."),
    site_type: draft.site_type ? undefined : "Chọn loại địa điểm.",
    address: required("address", "Nhập địa chỉ."),
    commune: required("commune", "Nhập xã/phường."),
    province: required("province", "Nhập tỉnh/thành phố."),
    opening_hours: required("opening_hours", "Nhập giờ mở cửa (ví dụ 7:30–21:00 hằng ngày)."),
    operator: required("operator", "Nhập đơn vị vận hành."),
    email: email && !isEmail(email) ? "Email không hợp lệ." : undefined,
  }
}

/** "Mở điểm bán": the office opens a showroom; the API gives it its own shelf (stock location) and counter (sales channel). */
export const OpenShowroomModal = () => {
  const create = useCreateShowroom()
  const { id, bodyRef, open, onOpenChange, submitted, draft, setDraft, errors, submit, text } = useDraftDialog(
    EMPTY,
    validate,
    create
  )

  const optional = (value: string) => value.trim() || null
  // Resolves once the overview has been refetched with the new showroom in it.
  const onSubmit = submit(async (draft) => {
    const { showroom } = await create.mutateAsync({
      name: draft.name.trim(),
      site_type: draft.site_type as SiteType, // validate() refused an empty one
      address: draft.address.trim(),
      commune: draft.commune.trim(),
      province: draft.province.trim(),
      opening_hours: draft.opening_hours.trim(),
      operator: draft.operator.trim(),
      phone: optional(draft.phone),
      email: optional(draft.email),
    })
    toast.success("Đã mở điểm bán", { description: showroom.name })
  }, "Không mở được điểm bán")

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          Mở điểm bán
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form onSubmit={onSubmit} noValidate className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header />
          <FocusModal.Body ref={bodyRef} className="overflow-y-auto">
            <div className="mx-auto flex w-full max-w-[760px] flex-col gap-y-8 px-4 py-10">
              <div className="flex flex-col gap-y-1">
                <FocusModal.Title asChild>
                  <Heading>Mở điểm bán OCOP</Heading>
                </FocusModal.Title>
                <FocusModal.Description asChild>
                  <Text size="small" className="text-ui-fg-subtle">
                    Điểm giới thiệu và bán sản phẩm OCOP có quầy và kho hàng riêng. Sau khi mở, cấp tài khoản cho nhân viên quầy
                    trên trang của điểm bán.
                  </Text>
                </FocusModal.Description>
              </div>

              <FormAlerts failure={create.error} invalid={submitted && hasErrors(errors)} />

              <section className="flex flex-col gap-y-4" aria-labelledby={`${id}-place`}>
                <Heading level="h3" id={`${id}-place`}>
                  Điểm bán
                </Heading>
                <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                  <Field id={`${id}-name`} label="Tên điểm bán" error={errors.name} className="md:col-span-2">
                    <Input {...text("name")} placeholder="Điểm bán OCOP …" autoComplete="off" />
                  </Field>
                  <Field
                    id={`${id}-site_type`}
                    label="Loại địa điểm"
                    error={errors.site_type}
                    className="md:col-span-2"
                    hint="Theo Quyết định 950/QĐ-BCT về điểm giới thiệu và bán sản phẩm OCOP."
                  >
                    <Select
                      value={draft.site_type}
                      onValueChange={(site_type) => setDraft((current) => ({ ...current, site_type: site_type as SiteType }))}
                    >
                      <Select.Trigger id={`${id}-site_type`} {...invalidProps(`${id}-site_type`, errors.site_type)}>
                        <Select.Value placeholder="Chọn loại địa điểm" />
                      </Select.Trigger>
                      <Select.Content>
                        {Object.entries(SITE_TYPE_LABELS).map(([value, label]) => (
                          <Select.Item key={value} value={value}>
                            {label}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                  </Field>
                  <Field id={`${id}-address`} label="Địa chỉ" error={errors.address} className="md:col-span-2">
                    <Input {...text("address")} placeholder="Số nhà, đường, thôn/xóm …" />
                  </Field>
                  <Field id={`${id}-commune`} label="Xã, phường" error={errors.commune}>
                    <Input {...text("commune")} />
                  </Field>
                  <Field id={`${id}-province`} label="Tỉnh, thành phố" error={errors.province}>
                    <Input {...text("province")} />
                  </Field>
                  <Field
                    id={`${id}-opening_hours`}
                    label="Giờ mở cửa"
                    error={errors.opening_hours}
                    hint="Như hiển thị cho khách trên cửa hàng trực tuyến."
                  >
                    <Input {...text("opening_hours")} placeholder="7:30–21:00 hằng ngày" />
                  </Field>
                  <Field
                    id={`${id}-operator`}
                    label="Đơn vị vận hành"
                    error={errors.operator}
                    hint="Hợp tác xã, doanh nghiệp hoặc trung tâm xúc tiến thương mại của tỉnh."
                  >
                    <Input {...text("operator")} />
                  </Field>
                </div>
              </section>

              <section className="flex flex-col gap-y-4" aria-labelledby={`${id}-contact`}>
                <Heading level="h3" id={`${id}-contact`}>
                  Liên hệ
                </Heading>
                <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                  <Field id={`${id}-phone`} label="Điện thoại" optional>
                    <Input {...text("phone")} type="tel" inputMode="tel" />
                  </Field>
                  <Field id={`${id}-email`} label="Email" optional error={errors.email}>
                    <Input {...text("email")} type="email" autoComplete="off" />
                  </Field>
                </div>
              </section>
            </div>
          </FocusModal.Body>
          <FormModalFooter pending={create.isPending} submit={"Mở điểm bán"} />
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}
