/**
 * An order's money as the shopper and the producer both read it: subtotal, delivery and, last and
 * bold, the total, each already written out (VAT included). `className` adds to the list's layout.
 */
export default function AmountRows({
  subtotal,
  shipping,
  total,
  className,
}: {
  subtotal: string
  shipping: string
  total: string
  className?: string
}) {
  return (
    <dl className={["flex flex-col gap-2", className].filter(Boolean).join(" ")}>
      <div className="flex justify-between gap-4">
        <dt>Tạm tính</dt>
        <dd>{subtotal}</dd>
      </div>
      <div className="flex justify-between gap-4">
        <dt>Phí giao hàng</dt>
        <dd>{shipping}</dd>
      </div>
      <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 text-lg font-bold">
        <dt>Tổng cộng</dt>
        <dd>{total}</dd>
      </div>
    </dl>
  )
}
