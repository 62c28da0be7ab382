// What the producer API answers (docs/PRODUCER-API.md): the producer's own profile, people, products,
// orders, dashboard and consignments. JSON shapes: dates are ISO strings, money is integer đồng.
import type { OwnerType } from "../ocop"
import type { MemberRole, ProducerOrderStatus, ProducerStatus } from "../producer"
import type { RefundMethod, ShopperRefundStatus } from "../refunds"
import type { CertificateSummary } from "./certificates"
import type { MissingStandard } from "./standards"

/** The producer as its own members and the office see it: what it registered, and where it stands. */
export type Producer = {
  id: string
  handle: string
  name: string
  owner_type: OwnerType
  tax_code: string
  representative: string
  phone: string
  email: string
  /** Unknown on some old records; registration requires it. */
  commune: string | null
  province: string
  /** The district and address printed on certificates issued before 1/7/2025, when districts were abolished. */
  district_as_issued: string | null
  address_as_issued: string | null
  address: string | null
  story: string | null
  logo_url: string | null
  status: ProducerStatus
  suspension_reason: string | null
  approved_at: string | null
  suspended_at: string | null
  created_at: string
}

/** A person who logs in for a producer. */
export type ProducerMember = { id: string; email: string; name: string; role: MemberRole }

/** An invitation to join a producer, until it is accepted or expires. */
export type ProducerInvite = { id: string; email: string; expires_at: string; accepted_at: string | null }

/** A packaging as the portal shows it. */
export type PortalVariant = {
  id: string
  title: string
  sku: string | null
  price: number | null
  /** At the producer's own warehouse. */
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
  sku: string | null
  stock: number
}

/** What needs the producer's attention today (GET /producer/dashboard). */
export type ProducerDashboard = {
  orders_to_fulfil: number
  low_stock: LowStock[]
  /** Valid, and ending within 180 days (the renewal window opens 180 days before expiry). */
  expiring_certificates: CertificateSummary[]
  /** 4★/5★ products with a valid certificate and no TCCS in force: the producer should publish one. */
  missing_standards: MissingStandard[]
}

/** A producer in the office's list, with how many products it has. */
export type OfficeProducer = Producer & {
  product_count: number
  /** Its 4★/5★ products with a valid certificate and no TCCS in force (issue 19). */
  missing_standard_count: number
}

/** A producer as the office reviews it: its record, its logins and its products with their listing. */
export type OfficeProducerDetail = Producer & {
  /** The marketplace's commission on its sales, in basis points (250 = 2,5 %); 0 in a public programme. */
  commission_bps: number
  members: ProducerMember[]
  products: { id: string; title: string; listed: boolean }[]
}

/** A producer's part of an order: only its own lines and delivery charge, and where the parcel goes. */
export type ProducerOrder = {
  id: string
  order_id: string
  display_id: number
  status: ProducerOrderStatus
  created_at: string
  confirmed_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
  tracking_number: string | null
  carrier: string | null
  cancel_reason: string | null
  /** The part's amount (`total`) captured on the order's payment: cash collected on delivery. */
  payment_captured: boolean
  items: {
    id: string
    title: string
    variant_title: string | null
    sku: string | null
    /** The packaging the line sells; null when it has since been deleted. */
    variant_id: string | null
    /** The batch it was shipped from, when the producer named one. */
    batch: LineBatch | null
    quantity: number
    unit_price: number
    /** Prices are tax-inclusive with no discounts: price × quantity. */
    total: number
  }[]
  subtotal: number
  shipping_total: number
  total: number
  /** "Nhận tại <showroom>": the shopper collects it there and the showroom hands it over. */
  pickup_at: string | null
  /** `address` is one line: street, city, province. */
  customer: { email: string | null; name: string | null; phone: string | null; address: string | null }
}

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

/** The production batch a shipped line came from; its public trace page is `batchTracePath(id)`. */
export type LineBatch = { id: string; lot_number: string }

/** A batch the producer may name for a line of its packaging when it ships (newest production first). */
export type BatchChoice = { id: string; variant_id: string; lot_number: string; produced_on: string; expires_on: string | null }

/** `GET /producer/orders/:id`: the part, and the producer's batches of the packagings it holds. */
export type ProducerOrderDetail = { order: ProducerOrder; batch_choices: BatchChoice[] }

/** One producer's parcel of a shopper's order, as `GET /store/orders/:id/shipments` lists it. */
export type OrderShipment = {
  producer: { name: string; handle: string | null }
  status: ProducerOrderStatus
  tracking_number: string | null
  carrier: string | null
  shipped_at: string | null
  cancel_reason: string | null
  /** `batch`: where the line was shipped from, when its producer named it; its trace page tells more. */
  items: { title: string; variant_title: string | null; quantity: number; batch: LineBatch | null }[]
  /** What was given back for this parcel (issue 16), oldest first. */
  refunds: { amount: number; method: RefundMethod; status: ShopperRefundStatus }[]
}
