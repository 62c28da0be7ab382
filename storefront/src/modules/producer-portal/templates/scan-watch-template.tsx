import { type FlaggedStamp, formatDate, SCAN_FLAG_LABELS } from "@ocop/contracts"

/**
 * The producer's stamps scan watch flagged (read-only): which stamp, of which batch, why, where it was
 * scanned and since when. The office sees the same list for every producer.
 */
export default function ScanWatchTemplate({ flags }: { flags: FlaggedStamp[] }) {
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Cảnh báo tem</h1>
        <p className="max-w-3xl text-stone-700">
          Tem được quét ở nhiều tỉnh, thành phố, quét quá nhiều lần hoặc quét sau khi đã hủy có thể đã bị sao chép lên hàng không
          chính hãng. Trang truy xuất của những tem này đang cảnh báo người mua; hãy kiểm tra lô hàng và báo Văn phòng Điều phối
          OCOP nếu phát hiện hàng giả.
        </p>
      </div>
      {flags.length === 0 ? (
        <p className="rounded-lg bg-stone-50 p-6">Chưa có tem nào bị cảnh báo.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left">
            <thead className="border-b border-stone-300 text-sm text-stone-600">
              <tr>
                <th className="py-2 pr-4">Tem</th>
                <th className="py-2 pr-4">Lô · sản phẩm</th>
                <th className="py-2 pr-4">Lý do</th>
                <th className="py-2 pr-4">Nơi quét</th>
                <th className="py-2 pr-4 text-right">Lượt quét</th>
                <th className="py-2">Từ ngày</th>
              </tr>
            </thead>
            <tbody>
              {flags.map((flag) => (
                <tr key={flag.id} className="border-b border-stone-200 align-top">
                  <td className="py-2 pr-4 font-mono">{flag.stamp.code}</td>
                  <td className="py-2 pr-4">
                    <span className="font-mono">{flag.batch.lot_number}</span> · {flag.product_title}
                  </td>
                  <td className="py-2 pr-4 font-semibold text-red-800">{SCAN_FLAG_LABELS[flag.reason]}</td>
                  <td className="py-2 pr-4">{flag.provinces.join(", ") || "Chưa xác định"}</td>
                  <td className="py-2 pr-4 text-right">{flag.stamp.scans}</td>
                  <td className="py-2">{formatDate(flag.flagged_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
