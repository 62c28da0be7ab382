import { Badge } from "@medusajs/ui"
import { type FlaggedStamp, SCAN_FLAG_LABELS } from "@ocop/contracts"
import { Link } from "react-router-dom"
import { formatDateTime } from "../lib/format"
import { ReportTable } from "./report-table"

/** Flagged stamps as the "Cảnh báo tem" page and the overview list them: each producer opens its page. */
export const FlaggedStampsTable = ({ flags }: { flags: FlaggedStamp[] }) => (
  <ReportTable
    rows={flags}
    rowKey={(flag) => flag.id}
    empty="Chưa có tem nào bị cảnh báo."
    columns={[
      { header: "Tem", cell: (flag) => <span className="font-mono">{flag.stamp.code}</span> },
      {
        header: "Nhà sản xuất",
        cell: (flag) => (
          <Link to={`/producers/${flag.producer.id}`} className="text-ui-fg-interactive hover:underline">
            {flag.producer.name}
          </Link>
        ),
      },
      {
        header: "Lô · sản phẩm",
        cell: (flag) => (
          <>
            <span className="font-mono">{flag.batch.lot_number}</span> · {flag.product_title}
          </>
        ),
      },
      {
        header: "Lý do",
        cell: (flag) => (
          <Badge color="red" size="2xsmall">
            {SCAN_FLAG_LABELS[flag.reason]}
          </Badge>
        ),
      },
      { header: "Tỉnh, thành phố đã quét", cell: (flag) => flag.provinces.join(", ") || "—" },
      { header: "Lượt quét", cell: (flag) => flag.stamp.scans, numeric: true },
      { header: "Cảnh báo từ", cell: (flag) => formatDateTime(flag.flagged_at) },
    ]}
  />
)
