import { formatDate, formatDateTime, type PublishedStandard, STANDARD_KIND_LABELS, vietnamDay } from "@ocop/contracts"
import { td, th, TableScroller } from "@/modules/common/components/table"

/** Every published version, newest effective first: the one in force marked, a scheduled one said so. */
export default function StandardVersions({ standards }: { standards: PublishedStandard[] }) {
  if (standards.length === 0) {
    return <p className="text-stone-700">Chưa công bố tiêu chuẩn cơ sở hay quy trình sản xuất nào cho sản phẩm này.</p>
  }
  const today = vietnamDay(new Date())
  return (
    <TableScroller label="Các phiên bản đã công bố">
      <table className="w-full min-w-lg border-collapse">
        <caption className="sr-only">Tiêu chuẩn cơ sở và quy trình sản xuất đã công bố</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Loại
            </th>
            <th scope="col" className={th}>
              Phiên bản
            </th>
            <th scope="col" className={th}>
              Hiệu lực từ
            </th>
            <th scope="col" className={th}>
              Trạng thái
            </th>
            <th scope="col" className={th}>
              Công bố lúc
            </th>
          </tr>
        </thead>
        <tbody>
          {standards.map((standard) => (
            <tr key={standard.id}>
              <td className={td}>{STANDARD_KIND_LABELS[standard.kind]}</td>
              <td className={`${td} font-semibold`}>
                <a href={standard.url} className="text-emerald-800 underline">
                  {standard.version}
                </a>
              </td>
              <td className={td}>{formatDate(standard.effective_on)}</td>
              <td className={td}>
                {standard.in_force ? (
                  <span className="font-semibold text-emerald-800">Đang áp dụng</span>
                ) : standard.effective_on > today ? (
                  "Chưa đến ngày hiệu lực"
                ) : (
                  <span className="text-stone-600">Đã được thay thế</span>
                )}
              </td>
              <td className={td}>{formatDateTime(standard.published_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  )
}
