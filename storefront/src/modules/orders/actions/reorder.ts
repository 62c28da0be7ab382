"use server"

import { refresh } from "next/cache"
import { unstable_rethrow } from "next/navigation"
import { addLineItem } from "@/lib/data/cart"
import { retrieveOrder } from "@/lib/data/orders"
import { certificateRefusal, isInsufficientInventory, isNotFound } from "@/lib/store-errors"
import type { FormState } from "@/modules/common/form-state"
import { reorderSummary } from "../reorder"

/**
 * "Mua lại" (issue 17): each of the order's packagings goes back into the cart in its quantity. The
 * backend's purchase guard decides what is still sold (a valid certificate, an approved producer, listed,
 * in stock); what it refuses is named, the rest is added.
 */
export async function reorderAction(orderId: string, _prev: FormState, _form: FormData): Promise<FormState> {
  const order = await retrieveOrder(orderId)
  if (!order) return { status: "error", message: "Không tìm thấy đơn hàng." }
  const added: string[] = []
  const refused: string[] = []
  for (const item of order.items ?? []) {
    const name = [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" – ")
    if (!item.variant_id) {
      refused.push(name)
      continue
    }
    try {
      await addLineItem(item.variant_id, item.quantity)
      added.push(name)
    } catch (error) {
      unstable_rethrow(error)
      if (certificateRefusal(error) || isInsufficientInventory(error) || isNotFound(error)) refused.push(name)
      else throw error
    }
  }
  if (added.length) refresh() // the header's cart count
  return reorderSummary(added, refused)
}
