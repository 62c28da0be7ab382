import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { SCAN_FLAG_LABELS } from "@ocop/contracts"
import { errorMessage } from "../../lib/certificates"
import { formatDateTime } from "../../lib/format"
import { useFlaggedStamps } from "../../lib/scan-watch"

/**
 * Stamps whose labels are likely copied (issue 19, item 5): scanned in several provinces, far more often
 * than one unit is, or after being voided. Each producer sees its own in its portal and was e-mailed once.
 */
const ScanWatchPage = () => {
  const { data, isLoading, isError, error } = useFlaggedStamps({ limit: 100, offset: 0 })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Cảnh báo tem</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Tem có dấu hiệu bị sao chép theo lượt quét: nơi quét chỉ ghi ở mức tỉnh, thành phố, không lưu địa chỉ của người quét.
        </Text>
      </div>
      {isLoading && <Text className="px-6 py-4">Đang tải…</Text>}
      {isError && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>}
      {data && !data.flags.length && <Text className="text-ui-fg-muted px-6 py-4">Chưa có tem nào bị cảnh báo.</Text>}
      {!!data?.flags.length && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tem</Table.HeaderCell>
              <Table.HeaderCell>Nhà sản xuất</Table.HeaderCell>
              <Table.HeaderCell>Lô · sản phẩm</Table.HeaderCell>
              <Table.HeaderCell>Lý do</Table.HeaderCell>
              <Table.HeaderCell>Tỉnh, thành phố đã quét</Table.HeaderCell>
              <Table.HeaderCell>Lượt quét</Table.HeaderCell>
              <Table.HeaderCell>Cảnh báo từ</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.flags.map((flag) => (
              <Table.Row key={flag.id}>
                <Table.Cell className="font-mono">{flag.stamp.code}</Table.Cell>
                <Table.Cell>{flag.producer.name}</Table.Cell>
                <Table.Cell>
                  <span className="font-mono">{flag.batch.lot_number}</span> · {flag.product_title}
                </Table.Cell>
                <Table.Cell>
                  <Badge color="red" size="2xsmall">
                    {SCAN_FLAG_LABELS[flag.reason]}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{flag.provinces.join(", ") || "—"}</Table.Cell>
                <Table.Cell>{flag.stamp.scans}</Table.Cell>
                <Table.Cell>{formatDateTime(flag.flagged_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Cảnh báo tem", icon: ExclamationCircle })

export const handle = { breadcrumb: () => "Cảnh báo tem" }

export default ScanWatchPage
