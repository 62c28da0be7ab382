import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { FlaggedStampsTable } from "../../components/flagged-stamps-table"
import { errorMessage } from "../../lib/certificates"
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
      {data && <FlaggedStampsTable flags={data.flags} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Cảnh báo tem", icon: ExclamationCircle })

export const handle = { breadcrumb: () => "Cảnh báo tem" }

export default ScanWatchPage
