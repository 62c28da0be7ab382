import type { Metadata } from "next"
import Link from "next/link"
import { getDashboard } from "@/lib/data/producer-portal"
import { formatDate } from "@ocop/contracts"
import { td, th, TableScroller } from "@/modules/common/components/table"

export const metadata: Metadata = { title: "Tổng quan" }

const card = "flex flex-col gap-3 rounded-lg border border-stone-200 p-4 sm:p-5"

export default async function DashboardPage() {
  const {
    orders_to_fulfil: toFulfil,
    low_stock: lowStock,
    expiring_certificates: expiring,
    missing_standards: missingStandards,
  } = await getDashboard()
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">Tổng quan</h1>

      {missingStandards.length > 0 && (
        <section
          aria-labelledby="missing-standards-heading"
          className="flex flex-col gap-2 rounded-lg border border-amber-600 bg-amber-50 p-4 sm:p-5"
        >
          <h2 id="missing-standards-heading" className="text-xl font-bold text-amber-900">
            Chưa công bố tiêu chuẩn cơ sở
          </h2>
          <p className="text-stone-800">
            Sản phẩm OCOP phải công bố tiêu chuẩn cơ sở (TCCS) đang áp dụng; đoàn kiểm tra sau công nhận sẽ đối chiếu.
          </p>
          <ul className="flex flex-col gap-1">
            {missingStandards.map((product) => (
              <li key={product.product_id}>
                <Link
                  href={`/producer/products/${product.product_id}#standards-heading`}
                  className="font-semibold text-emerald-800 underline"
                >
                  Sản phẩm {product.stars}★ chưa công bố tiêu chuẩn cơ sở: {product.product_title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="orders-heading" className={card}>
        <h2 id="orders-heading" className="text-xl font-bold">
          Đơn hàng cần xử lý
        </h2>
        {toFulfil > 0 ? (
          <p>
            <span className="text-3xl font-bold text-emerald-800">{toFulfil}</span> đơn đang chờ bạn xác nhận hoặc giao cho đơn vị
            vận chuyển.{" "}
            <Link href="/producer/orders" className="font-semibold text-emerald-800 underline">
              Xem đơn hàng cần xử lý
            </Link>
          </p>
        ) : (
          <p className="text-stone-700">Không có đơn nào đang chờ xử lý.</p>
        )}
      </section>

      <section aria-labelledby="low-stock-heading" className={card}>
        <h2 id="low-stock-heading" className="text-xl font-bold">
          Sắp hết hàng
        </h2>
        {lowStock.length === 0 ? (
          <p className="text-stone-700">Mọi quy cách đều còn từ 10 sản phẩm trở lên.</p>
        ) : (
          <TableScroller label="Quy cách sắp hết hàng">
            <table className="w-full min-w-lg border-collapse">
              <caption className="sr-only">Quy cách còn dưới 10 sản phẩm</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    Sản phẩm
                  </th>
                  <th scope="col" className={th}>
                    Quy cách
                  </th>
                  <th scope="col" className={th}>
                    SKU
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Tồn kho
                  </th>
                </tr>
              </thead>
              <tbody>
                {lowStock.map((row) => (
                  <tr key={row.variant_id}>
                    <td className={td}>
                      <Link href={`/producer/products/${row.product_id}`} className="font-semibold text-emerald-800 underline">
                        {row.product_title}
                      </Link>
                    </td>
                    <td className={td}>{row.variant_title}</td>
                    <td className={`${td} font-mono text-sm`}>{row.sku}</td>
                    <td className={`${td} text-right font-semibold ${row.stock === 0 ? "text-red-700" : ""}`}>
                      {row.stock === 0 ? "Hết hàng" : row.stock}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        )}
      </section>

      <section aria-labelledby="expiring-heading" className={card}>
        <h2 id="expiring-heading" className="text-xl font-bold">
          Giấy chứng nhận sắp hết hạn
        </h2>
        {expiring.length === 0 ? (
          <p className="text-stone-700">Không có giấy chứng nhận nào sắp hết hạn.</p>
        ) : (
          <>
            <TableScroller label="Giấy chứng nhận sắp hết hạn">
              <table className="w-full min-w-lg border-collapse">
                <caption className="sr-only">Giấy chứng nhận OCOP sắp hết hạn</caption>
                <thead>
                  <tr>
                    <th scope="col" className={th}>
                      Sản phẩm
                    </th>
                    <th scope="col" className={th}>
                      Số quyết định
                    </th>
                    <th scope="col" className={th}>
                      Hiệu lực đến
                    </th>
                    <th scope="col" className={th}>
                      Nộp hồ sơ đánh giá lại
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {expiring.map((certificate) => (
                    <tr key={certificate.id}>
                      <td className={`${td} font-semibold`}>{certificate.product_name}</td>
                      <td className={td}>{certificate.decision_number}</td>
                      <td className={td}>{formatDate(certificate.valid_until)}</td>
                      <td className={td}>
                        {certificate.renewal_filed_at
                          ? `Đã nộp ngày ${formatDate(certificate.renewal_filed_at)}`
                          : `${formatDate(certificate.renewal_window.opens_at)} – ${formatDate(certificate.renewal_window.closes_at)}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroller>
            <Link href="/producer/certificates" className="self-start font-semibold text-emerald-800 underline">
              Xem tất cả giấy chứng nhận
            </Link>
          </>
        )}
      </section>
    </div>
  )
}
