import { FeedBody, fieldErrors } from "@ocop/contracts/schemas"
import { Button, Checkbox, FocusModal, Heading, Hint, Input, Label, Select, Switch, Text, toast } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { type FeedFilters, type FeedInput, useCreateFeed, useFeedFilterOptions, useUpdateFeed } from "../lib/feeds"
import {
  CHANNEL_FORMATS,
  FEED_CHANNEL_LABELS,
  FEED_CHANNELS,
  FEED_FORMAT_LABELS,
  type Feed,
  type FeedChannel,
  type FeedFormat,
} from "@ocop/contracts"
import { formatProductSet } from "../lib/format"
import { Stars } from "./certificate-badges"
import { STAR_CHOICES } from "./decision-fields"
import { useDraftDialog } from "./draft-dialog"
import { Field, FormAlerts, FormModalFooter, hasErrors, invalidProps, type FieldErrors } from "./form"

type Star = (typeof STAR_CHOICES)[number]

/** The feed as typed: lists as comma-separated text, channel and format "" until chosen. */
type Draft = {
  name: string
  channel: FeedChannel | ""
  format: FeedFormat | ""
  provinces: string
  stars: Star[]
  product_sets: string
  producers: string
  in_stock_only: boolean
  utm_source: string
  utm_medium: string
  utm_campaign: string
}

const EMPTY: Draft = {
  name: "",
  channel: "",
  format: "",
  provinces: "",
  stars: [],
  product_sets: "",
  producers: "",
  in_stock_only: false,
  utm_source: "",
  utm_medium: "",
  utm_campaign: "",
}

const draftOf = (feed: Feed): Draft => ({
  name: feed.name,
  channel: feed.channel,
  format: feed.format,
  provinces: (feed.filters.provinces ?? []).join(", "),
  stars: feed.filters.stars ?? [],
  product_sets: (feed.filters.product_sets ?? []).join(", "),
  producers: (feed.filters.producers ?? []).join(", "),
  in_stock_only: feed.filters.in_stock_only ?? false,
  utm_source: feed.utm_source ?? "",
  utm_medium: feed.utm_medium ?? "",
  utm_campaign: feed.utm_campaign ?? "",
})

/** "a, b,, a" → ["a", "b"]. */
const list = (value: string) => [
  ...new Set(
    value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean)
  ),
]

/** The product set numbers typed ("7, 9"); what is not a number becomes NaN, which the schema refuses. */
const productSets = (value: string) => list(value).map((item) => (/^\d+$/.test(item) ? Number(item) : Number.NaN))

/** The API's own schema, run before the request: the same rules and sentences. */
function validate(draft: Draft): FieldErrors {
  const parsed = FeedBody.safeParse(bodyOf(draft))
  return parsed.success ? {} : fieldErrors(parsed.error).fields
}

/** The request body; an empty list is left out, as the API reads an absent filter as "any". */
function bodyOf(draft: Draft): FeedInput {
  const filters: FeedFilters = {}
  const provinces = list(draft.provinces)
  if (provinces.length) filters.provinces = provinces
  if (draft.stars.length) filters.stars = [...draft.stars].sort((a, b) => a - b)
  const sets = productSets(draft.product_sets)
  if (sets.length) filters.product_sets = sets.sort((a, b) => a - b)
  const producers = list(draft.producers)
  if (producers.length) filters.producers = producers
  if (draft.in_stock_only) filters.in_stock_only = true
  const utm = (value: string) => value.trim() || null
  return {
    name: draft.name.trim(),
    channel: draft.channel as FeedChannel, // an empty one is refused by validate()
    format: draft.format as FeedFormat,
    filters,
    utm_source: utm(draft.utm_source),
    utm_medium: utm(draft.utm_medium),
    utm_campaign: utm(draft.utm_campaign),
  }
}

const UTM_PLACEHOLDERS: Record<FeedChannel | "", { source: string; medium: string }> = {
  "": { source: "facebook", medium: "paid_social" },
  meta: { source: "facebook", medium: "paid_social" },
  tiktok: { source: "tiktok", medium: "paid_social" },
  google: { source: "google", medium: "shopping" },
}

/** What the form says: its button, heading, submit label and the title of a refusal. */
type FormCopy = { button: string; title: string; description: string; submit: string; failure: string }

/** The feed's form in a modal: channel and file, which products, how visits are tagged. */
const FeedFormModal = ({
  initial,
  mutation,
  save,
  copy,
}: {
  initial: Draft
  mutation: { isPending: boolean; isError: boolean; error: unknown; reset: () => void }
  /** Sends the body and tells the outcome; resolves once the caches are refetched. */
  save: (body: FeedInput) => Promise<void>
  copy: FormCopy
}) => {
  const { id, bodyRef, open, onOpenChange, submitted, draft, setDraft, errors, submit, text } = useDraftDialog(
    initial,
    validate,
    mutation
  )
  const options = useFeedFilterOptions()
  // Opening starts from the feed as it is now, not as it was when this page first rendered.
  const openChange = (next: boolean) => {
    if (next && !mutation.isPending) setDraft(initial)
    onOpenChange(next)
  }
  const onSubmit = submit((draft) => save(bodyOf(draft)), copy.failure)

  const chooseChannel = (value: string) =>
    setDraft((current) => {
      const channel = value as FeedChannel
      const formats = CHANNEL_FORMATS[channel]
      const format = current.format && formats.includes(current.format) ? current.format : formats[0]
      return { ...current, channel, format }
    })
  const toggleStar = (stars: Star, checked: boolean) =>
    setDraft((current) => ({
      ...current,
      stars: checked ? [...current.stars.filter((s) => s !== stars), stars] : current.stars.filter((s) => s !== stars),
    }))

  const namedSets = productSets(draft.product_sets).filter(Number.isInteger)
  const placeholders = UTM_PLACEHOLDERS[draft.channel]

  return (
    <FocusModal open={open} onOpenChange={openChange}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          {copy.button}
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <form onSubmit={onSubmit} noValidate className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header />
          <FocusModal.Body ref={bodyRef} className="overflow-y-auto">
            <div className="mx-auto flex w-full max-w-[760px] flex-col gap-y-8 px-4 py-10">
              <div className="flex flex-col gap-y-1">
                <FocusModal.Title asChild>
                  <Heading>{copy.title}</Heading>
                </FocusModal.Title>
                <FocusModal.Description asChild>
                  <Text size="small" className="text-ui-fg-subtle">
                    {copy.description}
                  </Text>
                </FocusModal.Description>
              </div>

              <FormAlerts failure={mutation.error} invalid={submitted && hasErrors(errors)} />

              <section className="flex flex-col gap-y-4" aria-labelledby={`${id}-feed`}>
                <Heading level="h3" id={`${id}-feed`}>
                  Nguồn cấp
                </Heading>
                <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                  <Field
                    id={`${id}-name`}
                    label="Tên"
                    error={errors.name}
                    className="md:col-span-2"
                    hint="Chỉ dùng trong trang quản trị, ví dụ theo chiến dịch."
                  >
                    <Input {...text("name")} placeholder="Chiến dịch Tết – TikTok" autoComplete="off" />
                  </Field>
                  <Field id={`${id}-channel`} label="Kênh" error={errors.channel}>
                    <Select value={draft.channel} onValueChange={chooseChannel}>
                      <Select.Trigger id={`${id}-channel`} {...invalidProps(`${id}-channel`, errors.channel)}>
                        <Select.Value placeholder="Chọn kênh" />
                      </Select.Trigger>
                      <Select.Content>
                        {FEED_CHANNELS.map((channel) => (
                          <Select.Item key={channel} value={channel}>
                            {FEED_CHANNEL_LABELS[channel]}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                  </Field>
                  <Field
                    id={`${id}-format`}
                    label="Định dạng tệp"
                    error={errors.format}
                    hint={draft.channel ? `Các định dạng ${FEED_CHANNEL_LABELS[draft.channel]} đọc được.` : "Chọn kênh trước."}
                  >
                    <Select
                      value={draft.format}
                      onValueChange={(format) => setDraft((current) => ({ ...current, format: format as FeedFormat }))}
                      disabled={!draft.channel}
                    >
                      <Select.Trigger id={`${id}-format`} {...invalidProps(`${id}-format`, errors.format)}>
                        <Select.Value placeholder="Chọn định dạng" />
                      </Select.Trigger>
                      <Select.Content>
                        {(draft.channel ? CHANNEL_FORMATS[draft.channel] : []).map((format) => (
                          <Select.Item key={format} value={format}>
                            {FEED_FORMAT_LABELS[format]}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                  </Field>
                </div>
              </section>

              <section className="flex flex-col gap-y-4" aria-labelledby={`${id}-filters`}>
                <div className="flex flex-col gap-y-1">
                  <Heading level="h3" id={`${id}-filters`}>
                    Sản phẩm
                  </Heading>
                  <Text size="small" className="text-ui-fg-subtle">
                    Mỗi quy cách đang bán của sản phẩm có giấy chứng nhận còn hiệu lực là một mục. Để trống một bộ lọc để lấy tất
                    cả.
                  </Text>
                </div>
                <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                  <Field
                    id={`${id}-provinces`}
                    label="Tỉnh, thành phố"
                    optional
                    error={errors.provinces}
                    className="md:col-span-2"
                    hint={`Phân cách bằng dấu phẩy. Có nhà sản xuất ở: ${options.data?.provinces.join(", ") ?? "…"}.`}
                  >
                    <Input {...text("provinces")} placeholder="Hà Tĩnh, Nghệ An" autoComplete="off" />
                  </Field>
                  <fieldset className="flex flex-col gap-y-2 md:col-span-2">
                    <legend className="txt-compact-small-plus text-ui-fg-base mb-2">
                      Hạng sao <span className="text-ui-fg-muted font-normal">(không bắt buộc)</span>
                    </legend>
                    <div className="flex flex-wrap gap-x-6 gap-y-2">
                      {STAR_CHOICES.map((stars) => (
                        <div key={stars} className="flex items-center gap-x-2">
                          <Checkbox
                            id={`${id}-stars-${stars}`}
                            checked={draft.stars.includes(stars)}
                            onCheckedChange={(checked) => toggleStar(stars, checked === true)}
                          />
                          <Label htmlFor={`${id}-stars-${stars}`} size="small" className="flex items-center gap-x-2">
                            {stars} sao <Stars stars={stars} />
                          </Label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                  <Field
                    id={`${id}-product_sets`}
                    label="Bộ sản phẩm OCOP"
                    optional
                    error={errors.product_sets}
                    className="md:col-span-2"
                    hint={
                      namedSets.length
                        ? namedSets.map(formatProductSet).join(" · ")
                        : "Số thứ tự từ 1 đến 26, phân cách bằng dấu phẩy (ví dụ 7, 9)."
                    }
                  >
                    <Input {...text("product_sets")} placeholder="7, 9" inputMode="numeric" autoComplete="off" />
                  </Field>
                  <Field
                    id={`${id}-producers`}
                    label="Nhà sản xuất"
                    optional
                    className="md:col-span-2"
                    hint="Mã nhà sản xuất (đường dẫn trên cửa hàng, ví dụ nguyen-thi-hang), phân cách bằng dấu phẩy; gõ để chọn."
                  >
                    <Input
                      {...text("producers")}
                      placeholder="nguyen-thi-hang"
                      autoComplete="off"
                      list={`${id}-producer-handles`}
                    />
                    <datalist id={`${id}-producer-handles`}>
                      {options.data?.producers.map((producer) => (
                        <option key={producer.handle} value={producer.handle}>
                          {producer.name}
                        </option>
                      ))}
                    </datalist>
                  </Field>
                  <div className="flex items-start gap-x-3 md:col-span-2">
                    <Switch
                      id={`${id}-in_stock_only`}
                      checked={draft.in_stock_only}
                      onCheckedChange={(in_stock_only) => setDraft((current) => ({ ...current, in_stock_only }))}
                    />
                    <div className="flex flex-col gap-y-1">
                      <Label htmlFor={`${id}-in_stock_only`} size="small" weight="plus">
                        Chỉ hàng còn
                      </Label>
                      <Hint>Bỏ các quy cách đã hết hàng; nếu tắt, chúng vẫn có trong nguồn cấp với trạng thái “hết hàng”.</Hint>
                    </div>
                  </div>
                </div>
              </section>

              <section className="flex flex-col gap-y-4" aria-labelledby={`${id}-utm`}>
                <div className="flex flex-col gap-y-1">
                  <Heading level="h3" id={`${id}-utm`}>
                    Theo dõi chiến dịch (UTM)
                  </Heading>
                  <Text size="small" className="text-ui-fg-subtle">
                    Gắn vào đường dẫn sản phẩm để đo lượt truy cập từ quảng cáo. Chỉ chữ không dấu, số, dấu chấm, gạch ngang và
                    gạch dưới.
                  </Text>
                </div>
                <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
                  <Field id={`${id}-utm_source`} label="utm_source" optional error={errors.utm_source}>
                    <Input {...text("utm_source")} placeholder={placeholders.source} autoComplete="off" />
                  </Field>
                  <Field id={`${id}-utm_medium`} label="utm_medium" optional error={errors.utm_medium}>
                    <Input {...text("utm_medium")} placeholder={placeholders.medium} autoComplete="off" />
                  </Field>
                  <Field id={`${id}-utm_campaign`} label="utm_campaign" optional error={errors.utm_campaign}>
                    <Input {...text("utm_campaign")} placeholder="tet_2026" autoComplete="off" />
                  </Field>
                </div>
              </section>
            </div>
          </FocusModal.Body>
          <FormModalFooter pending={mutation.isPending} submit={copy.submit} />
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}

/** "Tạo nguồn cấp": a new feed, active; its page opens to generate the first file. */
export const CreateFeedModal = () => {
  const create = useCreateFeed()
  const navigate = useNavigate()
  return (
    <FeedFormModal
      initial={EMPTY}
      mutation={create}
      copy={{
        button: "Tạo nguồn cấp",
        title: "Tạo nguồn cấp dữ liệu",
        description:
          "Danh mục sản phẩm cho Meta, TikTok hoặc Google Merchant Center. Nền tảng tải tệp theo lịch từ một đường dẫn bí mật; tệp được tạo lại mỗi giờ.",
        submit: "Tạo nguồn cấp",
        failure: "Không tạo được nguồn cấp",
      }}
      save={async (body) => {
        const { feed } = await create.mutateAsync(body)
        toast.success("Đã tạo nguồn cấp", {
          description: `${feed.name}: bấm “Tạo lại ngay” để có tệp đầu tiên, rồi dán đường dẫn vào ${FEED_CHANNEL_LABELS[feed.channel]}.`,
        })
        navigate(`/feeds/${feed.id}`)
      }}
    />
  )
}

/** "Sửa bộ lọc": the same form, prefilled; the changes reach the platform with the next file. */
export const EditFeedModal = ({ feed }: { feed: Feed }) => {
  const update = useUpdateFeed(feed)
  return (
    <FeedFormModal
      initial={draftOf(feed)}
      mutation={update}
      copy={{
        button: "Sửa bộ lọc",
        title: `Sửa nguồn cấp ${feed.name}`,
        description:
          "Thay đổi có hiệu lực từ lần tạo tiếp theo. Đổi kênh hoặc định dạng thì đường dẫn cũng đổi: cập nhật lại đường dẫn trên nền tảng.",
        submit: "Lưu thay đổi",
        failure: "Không lưu được nguồn cấp",
      }}
      save={async (body) => {
        const { feed: saved } = await update.mutateAsync(body)
        if (saved.url !== feed.url) {
          toast.warning("Đã lưu; đường dẫn của nguồn cấp đã đổi", {
            description: "Bấm “Tạo lại ngay” để có tệp theo kênh và định dạng mới, rồi cập nhật đường dẫn trên nền tảng.",
          })
        } else {
          toast.success("Đã lưu nguồn cấp", { description: "Bấm “Tạo lại ngay” để áp dụng ngay thay vì chờ lần tạo theo lịch." })
        }
      }}
    />
  )
}
