import { redirect } from "next/navigation"
import type { NextRequest } from "next/server"
import { orderOfCompletedCart, retrieveCart } from "@/lib/data/cart"
import { completeCheckout, confirmOrder } from "@/modules/checkout/complete"

/**
 * Where Stripe sends the shopper back when their bank's 3-D Secure needed a redirect (the Payment
 * Element's return_url, card-payment.tsx): a paid card places the order, as the card step would have.
 * Stripe's event may have placed it already; then the cart is completed and its order is shown.
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.searchParams.get("redirect_status") !== "succeeded") redirect("/checkout?the=card-refused")
  const cart = await retrieveCart("id,completed_at")
  if (!cart) {
    const placed = await orderOfCompletedCart()
    return placed ? confirmOrder(placed) : redirect("/cart")
  }
  const completed = await completeCheckout(cart.id).catch((error: unknown) => {
    console.error("Placing the card order after 3-D Secure failed:", error)
    return null
  })
  if (!completed || "formError" in completed) redirect("/checkout?the=card-unfinished")
  return confirmOrder(completed.orderId)
}
