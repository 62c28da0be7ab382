import { formatVnd } from "@ocop/contracts"
import Thumbnail from "@/modules/common/components/thumbnail"

type Line = {
  id: string
  title: string
  product_title?: string | null
  variant_title?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: number
}

/** Read-only list of lines, for the checkout summary and the order confirmation. */
export default function ItemSummary({ items }: { items: Line[] }) {
  return (
    <ul className="flex flex-col gap-3">
      {items.map((item) => (
        <li key={item.id} className="flex items-center gap-3">
          <Thumbnail src={item.thumbnail} size={56} className="size-14 shrink-0 rounded bg-stone-100" />
          <div className="flex-1 text-sm">
            <p className="font-semibold">{item.product_title ?? item.title}</p>
            <p className="text-stone-700">
              {item.variant_title && `${item.variant_title} · `}Số lượng: {item.quantity}
            </p>
          </div>
          <p className="text-sm font-semibold">{formatVnd(item.unit_price * item.quantity)}</p>
        </li>
      ))}
    </ul>
  )
}
