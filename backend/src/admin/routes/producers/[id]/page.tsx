import { Alert, Badge, Button, Input, Label, Text, toast } from "@medusajs/ui"
import { type FormEvent, useId, useState } from "react"
import { Link, type UIMatch, useParams } from "react-router-dom"
import { DetailHeader, DetailLayout, DetailPageError, DetailPageSkeleton } from "../../../components/detail-page"
import { ApproveProducerButton, SuspendProducerButton } from "../../../components/producer-actions"
import { ProducerStatusBadge } from "../../../components/producer-status-badge"
import { ProductThumbnail } from "../../../components/product-thumbnail"
import { DataRow, Section } from "../../../components/section"
import { formatDate } from "../../../lib/format"
import { canApprove, canSuspend, ownerTypeLabel, useProducer } from "../../../lib/producers"
import { commissionRateText, MEMBER_ROLE_LABELS, type OfficeProducerDetail } from "@ocop/contracts"
import { errorMessage } from "../../../lib/certificates"
import { useSetCommission } from "../../../lib/settlements"
import { useBatchReach } from "../../../lib/office"

/** Where the producer stands, in one sentence; null once approved. */
function statusNotice(producer: OfficeProducerDetail) {
  if (producer.status === "suspended") {
    return (
      <Alert variant="warning">
        Tạm ngưng từ ngày {formatDate(producer.suspended_at)}. Lý do: {producer.suspension_reason ?? "—"}. Các sản phẩm không được
        bán cho đến khi được duyệt lại.
      </Alert>
    )
  }
  if (producer.status === "pending") {
    return (
      <Alert variant="info">
        Đăng ký ngày {formatDate(producer.created_at)}, đang chờ duyệt. Sản phẩm có giấy chứng nhận OCOP còn hiệu lực chỉ được bán
        sau khi nhà sản xuất được duyệt.
      </Alert>
    )
  }
  return null
}

const Header = ({ producer }: { producer: OfficeProducerDetail }) => (
  <DetailHeader
    image={producer.logo_url && <ProductThumbnail src={producer.logo_url} alt={`Logo ${producer.name}`} className="size-12" />}
    title={producer.name}
    badge={<ProducerStatusBadge status={producer.status} />}
    summary={`${ownerTypeLabel(producer.owner_type)} · Mã số thuế ${producer.tax_code}`}
    actions={
      <>
        {canSuspend(producer.status) && <SuspendProducerButton producer={producer} />}
        {canApprove(producer.status) && <ApproveProducerButton producer={producer} />}
      </>
    }
    notice={statusNotice(producer)}
  />
)

const ProfileSection = ({ producer }: { producer: OfficeProducerDetail }) => (
  <Section title="Thông tin nhà sản xuất">
    <dl className="divide-y">
      <DataRow label="Tên">{producer.name}</DataRow>
      <DataRow label="Loại hình">{ownerTypeLabel(producer.owner_type)}</DataRow>
      <DataRow label="Mã số thuế">{producer.tax_code}</DataRow>
      <DataRow label="Người đại diện">{producer.representative}</DataRow>
      <DataRow label="Điện thoại">{producer.phone && <a href={`tel:${producer.phone}`}>{producer.phone}</a>}</DataRow>
      <DataRow label="Email">{producer.email && <a href={`mailto:${producer.email}`}>{producer.email}</a>}</DataRow>
      <DataRow label="Địa chỉ">{producer.address}</DataRow>
      <DataRow label="Xã, phường">{producer.commune}</DataRow>
      <DataRow label="Huyện (địa chỉ cũ trên giấy chứng nhận)">{producer.district_as_issued}</DataRow>
      <DataRow label="Tỉnh, thành phố">{producer.province}</DataRow>
      <DataRow label="Đường dẫn trên cửa hàng">{producer.handle}</DataRow>
      <DataRow label="Logo">
        {producer.logo_url && (
          <a
            href={producer.logo_url}
            target="_blank"
            rel="noreferrer"
            className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            Mở ảnh logo
          </a>
        )}
      </DataRow>
      <DataRow label="Câu chuyện sản phẩm">{producer.story}</DataRow>
    </dl>
  </Section>
)

const HistorySection = ({ producer }: { producer: OfficeProducerDetail }) => (
  <Section title="Trạng thái">
    <dl className="divide-y">
      <DataRow label="Trạng thái">
        <ProducerStatusBadge status={producer.status} />
      </DataRow>
      <DataRow label="Ngày đăng ký">{formatDate(producer.created_at)}</DataRow>
      <DataRow label="Ngày duyệt">{producer.approved_at && formatDate(producer.approved_at)}</DataRow>
      <DataRow label="Ngày tạm ngưng">{producer.suspended_at && formatDate(producer.suspended_at)}</DataRow>
      <DataRow label="Lý do tạm ngưng">{producer.suspension_reason}</DataRow>
    </dl>
  </Section>
)

/** "2,5" or "2.5" (%) → 250 basis points; null for what is not a number. */
const percentToBps = (text: string) => {
  const value = Number(text.trim().replace(",", "."))
  return text.trim() && Number.isFinite(value) ? Math.round(value * 100) : null
}

/** The marketplace's commission on this producer's sales; months already closed keep their rate. */
const CommissionSection = ({ producer }: { producer: OfficeProducerDetail }) => {
  const fieldId = useId()
  const [percent, setPercent] = useState(String(producer.commission_bps / 100).replace(".", ","))
  const setCommission = useSetCommission(producer.id)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const bps = percentToBps(percent)
    if (bps === null) {
      toast.error("Hoa hồng phải là một số phần trăm, ví dụ 2,5.")
      return
    }
    try {
      await setCommission.mutateAsync(bps)
      toast.success(`Hoa hồng của ${producer.name}: ${commissionRateText(bps)}`)
    } catch (error) {
      toast.error("Không lưu được hoa hồng", { description: errorMessage(error) })
    }
  }
  return (
    <Section title="Hoa hồng của sàn">
      <form onSubmit={submit} className="flex flex-col gap-2 px-6 py-4">
        <Label htmlFor={fieldId} size="small">
          Tỷ lệ hoa hồng (%)
        </Label>
        <div className="flex gap-2">
          <Input id={fieldId} size="small" inputMode="decimal" value={percent} onChange={(e) => setPercent(e.target.value)} />
          <Button size="small" variant="secondary" type="submit" isLoading={setCommission.isPending}>
            Lưu
          </Button>
        </div>
        <Text size="xsmall" className="text-ui-fg-subtle">
          Hiện tại {commissionRateText(producer.commission_bps)}; 0 % cho chương trình công. Tính trên mọi khoản bán, từ tháng
          quyết toán tiếp theo.
        </Text>
      </form>
    </Section>
  )
}

const MembersSection = ({ producer }: { producer: OfficeProducerDetail }) => (
  <Section title="Thành viên">
    {producer.members.length ? (
      <ul className="divide-y">
        {producer.members.map((member) => (
          <li key={member.id} className="flex items-center justify-between gap-x-3 px-6 py-3">
            <div className="flex min-w-0 flex-col">
              <Text size="small" weight="plus" className="truncate">
                {member.name}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle truncate">
                {member.email}
              </Text>
            </div>
            <Badge size="2xsmall" color={member.role === "owner" ? "blue" : "grey"}>
              {MEMBER_ROLE_LABELS[member.role] ?? member.role}
            </Badge>
          </li>
        ))}
      </ul>
    ) : (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        Chưa có thành viên nào.
      </Text>
    )}
  </Section>
)

const ProductsSection = ({ producer }: { producer: OfficeProducerDetail }) => {
  const listed = producer.products.filter((product) => product.listed).length
  return (
    <Section
      title="Sản phẩm"
      actions={
        producer.products.length > 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            {listed}/{producer.products.length} đang bán
          </Text>
        )
      }
    >
      {producer.products.length ? (
        <ul className="divide-y">
          {producer.products.map((product) => (
            <li key={product.id} className="flex items-center justify-between gap-x-3 px-6 py-3">
              <Link
                to={`/products/${product.id}`}
                className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover truncate"
              >
                {product.title}
              </Link>
              <Badge size="2xsmall" color={product.listed ? "green" : "grey"}>
                {product.listed ? "Đang bán" : "Chưa bán"}
              </Badge>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Nhà sản xuất chưa tạo sản phẩm nào.
        </Text>
      )}
    </Section>
  )
}

/** The producer's newest production batches, each opening where it went ("Truy vết lô hàng"). */
const BatchesSection = ({ producerId }: { producerId: string }) => {
  const { data } = useBatchReach({ producer_id: producerId })
  const batches = data?.batches ?? []
  return (
    <Section title="Lô sản xuất gần đây">
      {batches.length ? (
        <ul className="divide-y">
          {batches.map(({ batch, product, orders, showrooms }) => (
            <li key={batch.id} className="flex items-center justify-between gap-x-3 px-6 py-3">
              <Link
                to={`/ocop-batches?batch_id=${batch.id}`}
                className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover truncate"
              >
                Lô {batch.lot_number} · {product.title} · {product.variant_title}
              </Link>
              <Text size="small" className="text-ui-fg-subtle shrink-0">
                {orders.length} đơn · {showrooms.length} điểm bán
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Nhà sản xuất chưa ghi lô sản xuất nào.
        </Text>
      )}
    </Section>
  )
}

const ProducerDetailPage = () => {
  const { id } = useParams()
  const { data: producer, isLoading, isError, error } = useProducer(id!)

  if (isLoading) return <DetailPageSkeleton />
  if (isError || !producer) return <DetailPageError noun="nhà sản xuất" error={error} listPath="/producers" />

  return (
    <DetailLayout
      header={<Header producer={producer} />}
      main={
        <>
          <ProfileSection producer={producer} />
          <ProductsSection producer={producer} />
          <BatchesSection producerId={producer.id} />
        </>
      }
      side={
        <>
          <HistorySection producer={producer} />
          <CommissionSection producer={producer} />
          <MembersSection producer={producer} />
        </>
      }
    />
  )
}

const ProducerBreadcrumb = ({ id }: { id: string }) => {
  const { data } = useProducer(id)
  return <>{data?.name ?? "Nhà sản xuất"}</>
}

export const handle = {
  breadcrumb: (match: UIMatch) => <ProducerBreadcrumb id={match.params.id!} />,
}

export default ProducerDetailPage
