import type { Metadata } from "next"
import Link from "next/link"
import { listBlockedLines, retrieveCart } from "@/lib/data/cart"
import { checkoutBlockedMessage } from "@/modules/cart/certification"
import CartLines from "@/modules/cart/components/cart-lines"
import Totals from "@/modules/cart/components/totals"

export const metadata: Metadata = {
  title: "Giỏ hàng",
  description: "Các sản phẩm OCOP bạn đã chọn.",
  robots: { index: false },
}

export default async function CartPage() {
  const [cart, blockedLines] = await Promise.all([retrieveCart(), listBlockedLines()])
  // Oldest first, so lines keep their place when quantities change.
  const items = [...(cart?.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  const blocked = new Set(blockedLines.map((line) => line.line_item_id))
  const blockedCount = items.filter((item) => blocked.has(item.id)).length

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Giỏ hàng</h1>
      {!cart || items.length === 0 ? (
        <div className="rounded-lg bg-stone-50 p-6">
          <p className="font-semibold">Giỏ hàng của bạn đang trống.</p>
          <Link href="/products" className="mt-2 inline-block text-emerald-800 underline">
            Xem sản phẩm OCOP
          </Link>
        </div>
      ) : (
        <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
          <section aria-labelledby="cart-items-heading">
            <h2 id="cart-items-heading" className="sr-only">
              Sản phẩm trong giỏ
            </h2>
            <CartLines items={items} blocked={blocked} />
          </section>
          <section aria-labelledby="cart-summary-heading" className="flex flex-col gap-4 self-start rounded-lg bg-stone-50 p-5">
            <h2 id="cart-summary-heading" className="text-xl font-bold">
              Tóm tắt đơn hàng
            </h2>
            <Totals of={cart} />
            {blockedCount > 0 ? (
              // The order would be refused: say why instead of sending the shopper to checkout.
              <>
                <button
                  type="button"
                  disabled
                  aria-describedby="checkout-blocked"
                  className="cursor-not-allowed rounded-lg bg-stone-200 px-5 py-3 font-semibold text-stone-600"
                >
                  Tiến hành thanh toán
                </button>
                <p id="checkout-blocked" className="text-sm font-semibold text-red-800">
                  {checkoutBlockedMessage(blockedCount)}
                </p>
              </>
            ) : (
              <Link
                href="/checkout"
                className="rounded-lg bg-emerald-700 px-5 py-3 text-center font-semibold text-white hover:bg-emerald-800"
              >
                Tiến hành thanh toán
              </Link>
            )}
          </section>
        </div>
      )}
    </div>
  )
}
