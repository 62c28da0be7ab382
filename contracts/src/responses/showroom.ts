// What the showroom API answers (docs/SHOWROOM-API.md): the shop's directory, the counter app and the
// office's reports. JSON shapes: dates are ISO strings, money is integer đồng (VND, tax included).
import type { Period } from "../dates"
import type { AdjustmentReason, MovementKind, PaymentMethod, SiteType } from "../showroom"
import type { StampStatus } from "./traceability"

/** What anyone may read about an open showroom. */
export type PublicShowroom = {
  id: string
  handle: string
  name: string
  site_type: SiteType
  commune: string
  province: string
  address: string
  opening_hours: string
  phone: string | null
}

/** An open showroom with a product on its shelf now, and which of its packagings. */
export type ShowroomStocking = PublicShowroom & { packagings: string[] }

/** A showroom as its staff and the office see it: what the public sees, who runs it and whether it is open. */
export type Showroom = PublicShowroom & {
  operator: string
  email: string | null
  active: boolean
}

/** A counter login of one showroom. */
export type ShowroomStaff = { id: string; email: string; name: string }

/** One packaging on a showroom's shelf. */
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
  /** The production batches of this packaging the showroom's receipts named, newest first: what a sale may name. */
  received_batches: { id: string; lot_number: string }[]
}

/** One line of a showroom's movement log. */
export type StockMovement = {
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

/** A packaging sold at the counter, at its shelf price. */
export type ReceiptLine = {
  variant_id: string
  quantity: number
  unit_price: number
  title: string
  variant_title: string
  sku: string | null
  product_id: string
}

/** What a counter sale answers, to print the receipt. */
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

/** The OCOP stamp a counter search named (its code or its QR's trace URL). */
export type StampAtCounter = {
  code: string
  /** The batch the stamp is bound to, which the sale then names for the unit. */
  batch_id: string
  status: StampStatus
  lot_number: string
  expires_on: string | null
}

/** A showroom's report for a period (the counter's and the office's). */
export type ShowroomReport = {
  period: Period
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

/** One showroom's row in the office's overview, the ones that are not working first. */
export type ShowroomOverviewRow = {
  rank: number
  showroom: Pick<Showroom, "id" | "name" | "handle" | "province" | "commune" | "site_type" | "active">
  showroom_id: string
  sales_count: number
  revenue: number
  units_sold: number
  units_received: number
  on_hand_at_start: number
  on_hand_at_end: number
  sell_through: number | null
  last_sale_at: string | null
}
