import Link from "next/link"
import { BATCHES_PAGE_SIZE } from "@/lib/data/producer-portal"
import { formatDate, type ProductionBatch, vietnamDay } from "@ocop/contracts"
import Pager from "@/modules/common/components/pager"
import { td, th, TableScroller } from "@/modules/common/components/table"
import { listHref, pageCount } from "@/modules/common/paging"
import { activateBatchAction, createBatchAction, voidStampAction } from "@/modules/traceability/actions"
import ActivateBatchForm from "@/modules/traceability/components/activate-batch-form"
import NewBatchForm from "@/modules/traceability/components/new-batch-form"
import { StampLabelForm, StampSheetForm } from "@/modules/traceability/components/stamp-print-forms"
import VoidStampForm from "@/modules/traceability/components/void-stamp-form"

const box = "flex flex-col gap-3 rounded-lg border border-stone-200 p-4 sm:p-6"

/**
 * The producer's batches and stamps: a new batch of one of `packagings` (those a valid certificate covers),
 * voiding a stamp, and page `page` of the `count` batches made.
 */
export default function BatchesTemplate({
  batches,
  count,
  page,
  packagings,
}: {
  batches: ProductionBatch[]
  count: number
  page: number
  packagings: { value: string; label: string }[]
}) {
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Lô sản xuất & tem</h1>
        <p className="max-w-3xl text-stone-700">
          Mỗi lô sản xuất có một tem OCOP cho mỗi đơn vị sản phẩm; mã QR trên tem mở trang truy xuất nguồn gốc. Tem mới tạo chưa
          được kích hoạt: tải mã tem để in và dán lên sản phẩm, rồi kích hoạt tem khi lô hàng được đem bán.
        </p>
      </div>

      {/* Voiding is rarer than creating, yet must not sit below a page of batches. */}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="new-batch-heading" className={`${box} lg:row-span-2`}>
          <h2 id="new-batch-heading" className="text-xl font-bold">
            Tạo lô mới
          </h2>
          {packagings.length > 0 ? (
            <NewBatchForm action={createBatchAction} packagings={packagings} today={vietnamDay(new Date())} />
          ) : (
            <p className="rounded-lg bg-stone-50 p-4">
              Chưa có quy cách nào được cấp tem: chỉ quy cách có giấy chứng nhận OCOP còn hiệu lực mới tạo được lô.{" "}
              <Link href="/producer/certificates" className="font-semibold text-emerald-800 underline">
                Xem giấy chứng nhận
              </Link>
            </p>
          )}
        </section>

        <section aria-labelledby="void-stamp-heading" className={`${box} self-start`}>
          <h2 id="void-stamp-heading" className="text-xl font-bold">
            Huỷ tem
          </h2>
          <p className="text-stone-700">
            Tem bị mất, rách hoặc dùng sai: huỷ tem để ai quét mã đều được cảnh báo. Tem đã huỷ không kích hoạt lại được.
          </p>
          <VoidStampForm action={voidStampAction} />
        </section>

        <section aria-labelledby="stamp-label-heading" className={`${box} self-start lg:col-start-2`}>
          <h2 id="stamp-label-heading" className="text-xl font-bold">
            Nhãn tem cho nhà in
          </h2>
          <p className="text-stone-700">
            Tự in: chọn cỡ tem và bấm “In tem (PDF)” ở từng lô — khổ A4, có dấu cắt. Nhà in chuyên nghiệp cần tệp SVG của từng
            tem:
          </p>
          <StampLabelForm />
        </section>
      </div>

      <section aria-labelledby="batch-list-heading" className="flex flex-col gap-4">
        <h2 id="batch-list-heading" className="text-xl font-bold">
          Các lô đã tạo <span className="font-normal text-stone-600">({count})</span>
        </h2>
        {batches.length === 0 ? (
          <p className="rounded-lg bg-stone-50 p-6">Chưa có lô nào.</p>
        ) : (
          <>
            <BatchTable batches={batches} count={count} />
            <Pager
              page={page}
              totalPages={pageCount(count, BATCHES_PAGE_SIZE)}
              href={(to) => listHref("/producer/batches", { page: to })}
            />
          </>
        )}
      </section>
    </div>
  )
}

function BatchTable({ batches, count }: { batches: ProductionBatch[]; count: number }) {
  return (
    <TableScroller label="Các lô sản xuất">
      <table className="w-full min-w-4xl border-collapse">
        <caption className="sr-only">Các lô sản xuất ({count})</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Số lô
            </th>
            <th scope="col" className={th}>
              Sản phẩm
            </th>
            <th scope="col" className={th}>
              Ngày sản xuất
            </th>
            <th scope="col" className={th}>
              Hạn sử dụng
            </th>
            <th scope="col" className={`${th} text-right`}>
              Số lượng
            </th>
            <th scope="col" className={th}>
              Tem
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => (
            <tr key={batch.id}>
              <td className={`${td} font-mono font-semibold`}>{batch.lot_number}</td>
              <td className={td}>
                <span className="font-semibold">{batch.product_title}</span>
                <span className="block text-sm text-stone-600">
                  {batch.variant_title}
                  {batch.sku && <span className="font-mono"> ({batch.sku})</span>}
                </span>
              </td>
              <td className={`${td} whitespace-nowrap`}>{formatDate(batch.produced_on)}</td>
              <td className={`${td} whitespace-nowrap`}>{batch.expires_on ? formatDate(batch.expires_on) : "—"}</td>
              <td className={`${td} text-right`}>{batch.quantity}</td>
              <td className={`${td} text-sm whitespace-nowrap`}>
                <ul>
                  <li>Chưa kích hoạt: {batch.stamps.printed}</li>
                  <li className="text-emerald-800">Đã kích hoạt: {batch.stamps.activated}</li>
                  <li className={batch.stamps.voided > 0 ? "text-red-800" : undefined}>Đã huỷ: {batch.stamps.voided}</li>
                </ul>
              </td>
              <td className={`${td} min-w-48`}>
                <div className="flex flex-col gap-2">
                  <ActivateBatchForm
                    action={activateBatchAction.bind(null, batch.id)}
                    lotNumber={batch.lot_number}
                    printed={batch.stamps.printed}
                  />
                  {batch.stamps.printed + batch.stamps.activated > 0 && (
                    <StampSheetForm batchId={batch.id} lotNumber={batch.lot_number} />
                  )}
                  {/* A route handler, not a page: a plain link that downloads. */}
                  <a
                    href={`/producer/batches/${encodeURIComponent(batch.id)}/stamps.csv`}
                    download
                    className="text-sm font-semibold text-emerald-800 underline"
                  >
                    Tải mã tem (CSV)<span className="sr-only"> lô {batch.lot_number}</span>
                  </a>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  )
}
