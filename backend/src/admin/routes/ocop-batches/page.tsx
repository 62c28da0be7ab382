import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MagnifyingGlass } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Text } from "@medusajs/ui"
import type { BatchReach } from "@ocop/contracts"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ReportTable } from "../../components/report-table"
import { Section } from "../../components/section"
import { errorMessage } from "../../lib/certificates"
import { formatDate } from "../../lib/format"
import { useBatchReach } from "../../lib/office"
import { useUrlFilters } from "../../lib/url-filters"

const link = "text-ui-fg-interactive hover:underline"

/** One batch: what it is, the online orders shipped from it and the showrooms that got it. */
function BatchSection({ reach }: { reach: BatchReach }) {
  const { batch, product, producer } = reach
  return (
    <Section title={`Lô ${batch.lot_number} · ${product.title} · ${product.variant_title}`}>
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {producer.id ? (
          <Link to={`/producers/${producer.id}`} className={link}>
            {producer.name}
          </Link>
        ) : (
          producer.name
        )}
        {` · sản xuất ${formatDate(batch.produced_on)}`}
        {batch.expires_on && ` · hạn dùng ${formatDate(batch.expires_on)}`}
        {` · ${batch.quantity} đơn vị`}
        {product.sku && ` · SKU ${product.sku}`}
      </Text>
      <Heading level="h3" className="px-6 pt-4">
        Đơn hàng trực tuyến đã giao từ lô ({reach.orders.length})
      </Heading>
      <ReportTable
        rows={reach.orders}
        rowKey={(row) => row.order_id}
        empty="Chưa có đơn hàng nào được ghi giao từ lô này."
        columns={[
          {
            header: "Đơn",
            cell: (row) => (
              <Link to={`/orders/${row.order_id}`} className={link}>
                #{row.display_id}
              </Link>
            ),
          },
          { header: "Ngày đặt", cell: (row) => formatDate(row.created_at) },
          { header: "Tỉnh nhận hàng", cell: (row) => row.province ?? "—" },
          { header: "Số lượng", cell: (row) => row.quantity, numeric: true },
        ]}
      />
      <Heading level="h3" className="px-6 pt-4">
        Điểm bán đã nhận lô ({reach.showrooms.length})
      </Heading>
      <ReportTable
        rows={reach.showrooms}
        rowKey={(row) => row.id}
        empty="Chưa có điểm bán nào ghi nhận lô này."
        columns={[
          {
            header: "Điểm bán",
            cell: (row) => (
              <Link to={`/showrooms/${row.id}`} className={link}>
                {row.name}
              </Link>
            ),
          },
          { header: "Tỉnh, thành phố", cell: (row) => row.province ?? "—" },
          { header: "Đã nhận", cell: (row) => row.received, numeric: true },
          { header: "Đã bán", cell: (row) => row.sold, numeric: true },
        ]}
      />
    </Section>
  )
}

/**
 * "Một bước trước, một bước sau": from a batch — found by its lot number or a stamp's code, or opened
 * from another page by its id — which orders and which showrooms got it.
 */
const BatchesPage = () => {
  const { params, update } = useUrlFilters(["q", "batch_id"])
  const search = { q: params.get("q") ?? undefined, batch_id: params.get("batch_id") ?? undefined }
  const [typed, setTyped] = useState(search.q ?? "")
  const { data, isFetching, isError, error } = useBatchReach(search)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>Truy vết lô hàng</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Nhập số lô hoặc mã tem OCOP (hay quét mã QR trên tem) để xem lô đã được giao trong đơn hàng nào và điểm bán nào đã
            nhận, đã bán.
          </Text>
        </div>
        <form
          className="flex flex-wrap items-end gap-2 px-6 py-4"
          onSubmit={(event) => {
            event.preventDefault()
            update({ q: typed.trim() || undefined, batch_id: undefined })
          }}
        >
          <div className="flex flex-col gap-1">
            <Label htmlFor="batch-search">Số lô hoặc mã tem</Label>
            <Input id="batch-search" value={typed} onChange={(event) => setTyped(event.target.value)} className="w-80" />
          </div>
          <Button type="submit" size="small" isLoading={isFetching}>
            Tìm
          </Button>
        </form>
      </Container>
      {isError && (
        <Container>
          <Text className="text-ui-fg-error">{errorMessage(error)}</Text>
        </Container>
      )}
      {data && !data.batches.length && (
        <Container>
          <Text>Không có lô nào mang số này.</Text>
        </Container>
      )}
      {data?.batches.map((reach) => (
        <BatchSection key={reach.batch.id} reach={reach} />
      ))}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Truy vết lô hàng", icon: MagnifyingGlass })

export const handle = { breadcrumb: () => "Truy vết lô hàng" }

export default BatchesPage
