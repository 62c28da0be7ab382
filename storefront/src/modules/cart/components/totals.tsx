import { formatVnd } from "@/lib/format"

type Priced = {
  item_total: number
  shipping_total: number
  total: number
  shipping_methods?: unknown[] | null
}

/** Money summary shared by cart, checkout and order confirmation. Prices already include VAT. */
export default function Totals({ of }: { of: Priced }) {
  // Until delivery is chosen the cart has no shipping methods and its total is the items alone.
  const shippingChosen = (of.shipping_methods?.length ?? 0) > 0
  return (
    <div className="flex flex-col gap-2">
      <dl className="flex flex-col gap-2">
        <div className="flex justify-between gap-4">
          <dt>Tạm tính</dt>
          <dd>{formatVnd(of.item_total)}</dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt>Phí giao hàng</dt>
          <dd>{shippingChosen ? formatVnd(of.shipping_total) : "Chưa tính"}</dd>
        </div>
        <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 text-lg font-bold">
          <dt>Tổng cộng</dt>
          <dd>{formatVnd(of.total)}</dd>
        </div>
      </dl>
      <p className="text-sm text-stone-600">Giá đã bao gồm thuế GTGT.</p>
    </div>
  )
}
