"use server"

import { refresh, revalidateTag } from "next/cache"
import { addLineItem, deleteLineItem, retrieveCart, updateLineItem } from "@/lib/data/cart"
import { getPurchasableQuantity, PRODUCTS_TAG } from "@/lib/data/products"
import { markTagStale } from "@/lib/data/shared-read"
import { certificateRefusal, isInsufficientInventory } from "@/lib/store-errors"
import { INVALID_QUANTITY_MESSAGE, notEnoughStockMessage, parseQuantity } from "./quantity"

export type CartActionState = {
  status: "idle" | "success" | "error"
  message?: string
  /** The input the message is about, so the form can point it at that field. */
  field?: "quantity" | "variant"
}

const FAILED = "Không cập nhật được giỏ hàng. Vui lòng thử lại."

/** The cart lines, for checking a line is the shopper's own and how many of a variant it holds. */
async function cartLines() {
  const cart = await retrieveCart("id,completed_at,items.id,items.variant_id,items.product_id,items.quantity")
  return { cartId: cart?.id, items: cart?.items ?? [] }
}

export async function addToCart(_prev: CartActionState, form: FormData): Promise<CartActionState> {
  const variantId = form.get("variant_id")
  const productId = form.get("product_id")
  const quantity = parseQuantity(form.get("quantity"))
  if (typeof variantId !== "string" || !variantId || typeof productId !== "string") {
    return { status: "error", field: "variant", message: "Vui lòng chọn quy cách." }
  }
  if (!quantity) return { status: "error", field: "quantity", message: INVALID_QUANTITY_MESSAGE }

  try {
    await addLineItem(variantId, quantity)
  } catch (error) {
    const refusal = certificateRefusal(error)
    if (refusal) {
      // The page offered a packaging whose certificate has just lapsed: its cached copy is stale.
      revalidateTag(PRODUCTS_TAG, "max")
      markTagStale(PRODUCTS_TAG)
      return { status: "error", field: "variant", message: refusal }
    }
    if (!isInsufficientInventory(error)) {
      console.error("Add to cart failed:", error)
      return { status: "error", message: FAILED }
    }
    // Medusa only says stock is short; tell the shopper how many they can still have.
    const [available, { items }] = await Promise.all([getPurchasableQuantity(productId, variantId), cartLines()])
    const inCart = items.filter((i) => i.variant_id === variantId).reduce((sum, i) => sum + i.quantity, 0)
    return { status: "error", field: "quantity", message: notEnoughStockMessage(available ?? 0, inCart) }
  }
  refresh() // the header's cart count
  return { status: "success", message: `Đã thêm ${quantity} sản phẩm vào giỏ hàng.` }
}

export async function updateQuantity(_prev: CartActionState, form: FormData): Promise<CartActionState> {
  const quantity = parseQuantity(form.get("quantity"))
  if (!quantity) return { status: "error", field: "quantity", message: INVALID_QUANTITY_MESSAGE }
  const { cartId, items } = await cartLines()
  const line = items.find((i) => i.id === form.get("line_id"))
  if (!cartId || !line) return { status: "error", message: "Sản phẩm này không còn trong giỏ hàng." }

  try {
    await updateLineItem(cartId, line.id, quantity)
  } catch (error) {
    if (!isInsufficientInventory(error)) {
      console.error("Cart update failed:", error)
      return { status: "error", message: FAILED }
    }
    const available = line.product_id && line.variant_id ? await getPurchasableQuantity(line.product_id, line.variant_id) : 0
    return { status: "error", field: "quantity", message: notEnoughStockMessage(available ?? 0) }
  }
  refresh()
  return { status: "success", message: "Đã cập nhật số lượng." }
}

export async function removeLine(form: FormData): Promise<void> {
  const { cartId, items } = await cartLines()
  const line = items.find((i) => i.id === form.get("line_id"))
  if (cartId && line) await deleteLineItem(cartId, line.id)
  refresh()
}
