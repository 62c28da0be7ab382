import "server-only"
import { revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { completeCart, forgetCart } from "@/lib/data/cart"
import { PRODUCTS_TAG } from "@/lib/data/products"
import { markTagStale } from "@/lib/data/shared-read"
import { isInsufficientInventory } from "@/lib/store-errors"

export const OUT_OF_STOCK = "Một số sản phẩm trong giỏ không còn đủ hàng. Vui lòng kiểm tra lại giỏ hàng."

/** Completes the cart into an order; or the sentence that says why not (the cart is kept). */
export async function completeCheckout(cartId: string): Promise<{ orderId: string } | { formError: string }> {
  const result = await completeCart(cartId)
  if (result.type === "order") return { orderId: result.order.id }
  console.error("Cart completion refused:", result.error)
  return {
    formError: isInsufficientInventory(result.error)
      ? OUT_OF_STOCK
      : "Không thể hoàn tất đơn hàng. Giỏ hàng vẫn được giữ nguyên, vui lòng thử lại.",
  }
}

/** The order is placed: the cart is forgotten, product pages show the lower stock, the confirmation opens. */
export async function confirmOrder(orderId: string): Promise<never> {
  await forgetCart()
  revalidateTag(PRODUCTS_TAG, "max") // stock went down
  markTagStale(PRODUCTS_TAG)
  redirect(`/order/${orderId}/confirmed`)
}
