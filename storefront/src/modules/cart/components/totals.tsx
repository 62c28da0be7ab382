import { formatVnd } from "@ocop/contracts"
import AmountRows from "@/modules/common/components/amount-rows"

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
      <AmountRows
        subtotal={formatVnd(of.item_total)}
        shipping={shippingChosen ? formatVnd(of.shipping_total) : "Chưa tính"}
        total={formatVnd(of.total)}
      />
      <p className="text-sm text-stone-600">Giá đã bao gồm thuế GTGT.</p>
    </div>
  )
}
