import type { Metadata } from "next"
import {
  adjustStockAction,
  customerReturnAction,
  receiveStockAction,
  returnToProducerAction,
} from "@/modules/showroom-counter/actions/movements"
import { CustomerReturnForm, StockRowsForm } from "@/modules/showroom-counter/components/movement-forms"

export const metadata: Metadata = { title: "Nhập / Xuất" }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Nhập / Xuất: goods in and out of the shelf other than sales. `?order_id=&sku=` prefills a customer return. */
export default async function MovementsNewPage({ searchParams }: PageProps<"/showroom/movements/new">) {
  const params = await searchParams
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Nhập / Xuất</h1>
      <div className="grid gap-6 xl:grid-cols-2">
        <StockRowsForm
          id="receipt"
          kind="receipt"
          title="Nhận hàng ký gửi"
          description="Hàng nhà sản xuất gửi bán tại quầy. Chỉ nhận sản phẩm có chứng nhận OCOP còn hiệu lực."
          action={receiveStockAction}
          submitLabel="Ghi nhận nhập hàng"
        />
        <StockRowsForm
          id="return"
          kind="return"
          title="Trả hàng cho nhà sản xuất"
          description="Hàng ký gửi trả lại nhà sản xuất (hết hợp đồng, hàng không bán được…)."
          action={returnToProducerAction}
          submitLabel="Ghi nhận trả hàng"
        />
        <StockRowsForm
          id="adjustment"
          kind="adjustment"
          title="Điều chỉnh tồn kho"
          description="Số âm để bớt khỏi quầy, số dương để thêm (chỉ khi kiểm kê lại)."
          action={adjustStockAction}
          submitLabel="Ghi nhận điều chỉnh"
        />
        <CustomerReturnForm action={customerReturnAction} orderId={first(params.order_id)} code={first(params.sku)} />
      </div>
    </div>
  )
}
