// The counter app's shapes, as docs/SHOWROOM-API.md answers them. Money is integer VND.
import type { PublicShowroom } from "@/modules/showroom-directory/types"

/** The staff's own showroom: what the public sees, and who runs it and whether it is open. */
export type Showroom = PublicShowroom & {
  operator: string
  email: string | null
  active: boolean
}

export type Staff = { id: string; email: string; name: string }

/** One packaging on this showroom's shelf. */
export type ShelfLine = {
  variant_id: string
  sku: string | null
  barcode: string | null
  product_id: string
  /** The product. */
  title: string
  /** The packaging. */
  variant_title: string
  producer_name: string | null
  thumbnail: string | null
  /** Shelf price, VND, tax included; null when the packaging has none. */
  price: number | null
  /** Available here. */
  stock: number
  sold_30_days: number
  /** null: nothing sold in the last 30 days. */
  days_of_stock_left: number | null
  /** Fewer than 5 units or fewer than 7 days left. */
  low_stock: boolean
}

import type { AdjustmentReason, MovementKind, PaymentMethod } from "@ocop/contracts"

export type { AdjustmentReason, MovementKind, PaymentMethod }

export type Movement = {
  id: string
  kind: MovementKind
  /** Signed: + in, − out. */
  quantity: number
  reason: AdjustmentReason | null
  note: string | null
  variant_id: string
  sku: string | null
  product_id: string
  producer_id: string | null
  batch_code: string | null
  unit_price: number | null
  order_id: string | null
  actor_type: string
  actor_id: string
  created_at: string
}

export type ReceiptLine = {
  variant_id: string
  quantity: number
  unit_price: number
  title: string
  variant_title: string
  sku: string | null
  product_id: string
}

export type Receipt = {
  order_id: string
  display_id: number
  total: number
  payment_method: PaymentMethod
  /** Cash only. */
  change: number | null
  lines: ReceiptLine[]
  showroom: { name: string; address: string }
  /** The staff member's name. */
  cashier: string
}

export type Report = {
  period: { from: string; to: string }
  sales_count: number
  revenue: number
  units_sold: number
  units_received: number
  /** 0–1: sold ÷ (on hand at start + received); null when nothing was on offer. */
  sell_through: number | null
  last_sale_at: string | null
  stock_units: number
  stock_value: number
  by_product: { product_id: string; title: string; units: number; revenue: number }[]
  by_producer: { producer_id: string; name: string; units: number; revenue: number }[]
  /** At most 10, least sold first. */
  slow_movers: {
    variant_id: string
    sku: string | null
    title: string
    variant_title: string
    stock: number
    units_sold: number
  }[]
}

/** A line sent to receive, return or adjust stock (SKU or barcode). */
export type StockLineInput = { sku: string; quantity: number; batch_code?: string }

export type SaleInput = {
  lines: { variant_id: string; quantity: number }[]
  payment_method: PaymentMethod
  cash_received?: number
}

/** An online order waiting at the counter for its shopper (GET /showroom/pickups). */
export type Pickup = {
  id: string
  display_id: number
  created_at: string
  customer: string | null
  phone: string | null
  email: string | null
  /** What the shopper pays at the counter (cash on delivery), VND. */
  total: number
  items: { title: string; variant_title: string | null; sku: string | null; quantity: number; unit_price: number }[]
}

/**
 * Why a counter search read as an OCOP stamp code names no stamp: a typing error (the code's check
 * character does not match), or a code no stamp has.
 */
export type StampRefusal = "mistyped" | "unknown"

/** The OCOP stamp a counter search named (its code or its QR's trace URL). */
export type StampAtCounter = {
  code: string
  status: "printed" | "activated" | "voided"
  lot_number: string
  expires_on: string | null
}
