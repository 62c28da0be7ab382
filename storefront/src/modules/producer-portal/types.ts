// The producer portal's shapes, as docs/PRODUCER-API.md states them. Money is integer đồng; dates
// are ISO strings.
import type { ProducerFields } from "@ocop/contracts/schemas"
import type { CertificateSummary, OwnerType } from "@ocop/contracts"

export type { OwnerType }
// What the portal sends is typed by the API's own schemas.
export type {
  NewProductInput as NewProduct,
  NewVariantInput as NewVariant,
  ProducerFields as ProducerInput,
  ProductUpdate,
  ProfileUpdate,
  VariantUpdate,
} from "@ocop/contracts/schemas"

export type ProducerStatus = "pending" | "approved" | "suspended"

export type Producer = ProducerFields & {
  id: string
  handle: string
  status: ProducerStatus
  suspension_reason: string | null
  approved_at: string | null
  suspended_at: string | null
  created_at: string
}

export type MemberRole = "owner" | "staff"

export type Member = { id: string; email: string; name: string; role: MemberRole }

export type Invite = { id: string; email: string; expires_at: string; accepted_at: string | null }

export type PortalVariant = {
  id: string
  title: string
  sku: string
  price: number | null
  stock: number
  /** A currently valid OCOP certificate covers this packaging. */
  certified: boolean
}

export type PortalProduct = {
  id: string
  title: string
  handle: string
  description: string | null
  thumbnail: string | null
  images: string[]
  /** On sale in the store: certified and its producer approved. */
  listed: boolean
  created_at: string
  variants: PortalVariant[]
}

/** A packaging with fewer than 10 units left. */
export type LowStock = {
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string
  sku: string
  stock: number
}

export type Dashboard = {
  orders_to_fulfil: number
  low_stock: LowStock[]
  expiring_certificates: CertificateSummary[]
}

export type OrderStatus = "pending" | "confirmed" | "shipped" | "canceled"

export type ProducerOrder = {
  id: string
  order_id: string
  display_id: number
  status: OrderStatus
  created_at: string
  confirmed_at: string | null
  shipped_at: string | null
  canceled_at: string | null
  tracking_number: string | null
  carrier: string | null
  cancel_reason: string | null
  items: {
    id: string
    title: string
    variant_title: string | null
    sku: string | null
    quantity: number
    unit_price: number
    total: number
  }[]
  subtotal: number
  shipping_total: number
  total: number
  /** "Nhận tại <showroom>": the shopper collects it there and the showroom hands it over. */
  pickup_at: string | null
  customer: { email: string | null; name: string | null; phone: string | null; address: CustomerAddress }
}

/**
 * The contract does not say whether the customer's address comes as one line or as Medusa's address
 * fields: both are accepted (see `customerAddressLine`).
 */
export type CustomerAddress =
  | string
  | {
      address_1?: string | null
      address_2?: string | null
      city?: string | null
      province?: string | null
    }
  | null

/**
 * One showroom holding the producer's goods on consignment (docs/SHOWROOM-API.md, "Producer portal"),
 * with each SKU's shelf count and sales in the period.
 */
export type ShowroomConsignment = {
  showroom: { id: string; name: string; province: string; address: string; active: boolean }
  lines: { variant_id: string; sku: string | null; on_hand: number; units_sold: number; revenue: number }[]
  on_hand: number
  units_sold: number
  revenue: number
}
