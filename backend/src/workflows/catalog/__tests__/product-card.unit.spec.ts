import type { CardSource } from "../../../queries/card-sources"
import { productCard } from "../product-card"

const now = new Date("2026-11-29T00:00:00Z")
const valid = { status: "valid" as const, expires_at: "2027-06-01T00:00:00Z", renewal_filed_at: null, stars: 4, product_set: 7 }
const ONLINE = new Set(["sloc_producer"])
let packagingsMade = 0
const stocked = (quantity: number, location_id = "sloc_producer") => ({
  id: `variant_${++packagingsMade}`,
  title: `Hộp ${quantity}`,
  manage_inventory: true,
  allow_backorder: false,
  inventory_items: [
    {
      required_quantity: 1,
      inventory: { location_levels: [{ location_id, stocked_quantity: quantity + 1, reserved_quantity: 1 }] },
    },
  ],
})
const product = (variants: CardSource["variants"]): CardSource => ({
  id: "prod_1",
  title: "Kẹo cu đơ Hà Tĩnh",
  handle: "keo-cu-do",
  producer: {
    handle: "htx-duc-tho",
    name: "HTX Đức Thọ",
    status: "approved",
    commune: "",
    district_as_issued: "Đức Thọ",
    province: "Hà Tĩnh",
  },
  variants,
})

describe("productCard", () => {
  it("prices and stocks only the packagings a valid certificate covers", () => {
    const card = productCard(
      product([
        { ...stocked(0), prices: [{ amount: 30_000, currency_code: "vnd" }], certified_skus: [] },
        { ...stocked(0), prices: [{ amount: 45_000, currency_code: "vnd" }], certified_skus: [{ certificate: valid }] },
        {
          ...stocked(5),
          prices: [
            { amount: 90_000, currency_code: "vnd" },
            { amount: 4, currency_code: "usd" },
          ],
          certified_skus: [{ certificate: valid }],
        },
      ]),
      true,
      now,
      ONLINE
    )
    expect(card).toEqual(expect.objectContaining({ price_min: 45_000, in_stock: true, stars: 4, product_set: 7, commune: null }))
    expect(card!.search_text).toBe("keo cu do ha tinh htx duc tho duc tho ha tinh")
    expect(card!.search_key).toBe("keo cu do ha tinh htx dut tho dut tho ha tinh")
    // A feed's rows: the covered packagings, each with its own price, stock and cover.
    expect(card!.packagings).toEqual([
      { id: expect.any(String), title: "Hộp 0", price: 45_000, in_stock: false, valid_until: "2027-06-01T00:00:00.000Z" },
      { id: expect.any(String), title: "Hộp 5", price: 90_000, in_stock: true, valid_until: "2027-06-01T00:00:00.000Z" },
    ])
  })

  it("is out of stock when no covered packaging has stock", () => {
    const card = productCard(
      product([{ ...stocked(0), prices: [{ amount: 45_000, currency_code: "vnd" }], certified_skus: [{ certificate: valid }] }]),
      true,
      now,
      ONLINE
    )
    expect(card!.in_stock).toBe(false)
  })

  it("counts stock at the storefront's locations only, not on a showroom's shelf", () => {
    const onShowroomShelf = { ...stocked(9, "sloc_showroom"), prices: [], certified_skus: [{ certificate: valid }] }
    expect(productCard(product([onShowroomShelf]), true, now, ONLINE)!.in_stock).toBe(false)
  })

  it("has no card when not listed or without a valid certificate", () => {
    const revoked = { ...valid, status: "revoked" as const }
    const variants = [{ ...stocked(3), prices: [], certified_skus: [{ certificate: valid }] }]
    expect(productCard(product(variants), false, now, ONLINE)).toBeNull()
    expect(productCard(product([{ ...variants[0], certified_skus: [{ certificate: revoked }] }]), true, now, ONLINE)).toBeNull()
  })

  it("shows the strongest valid recognition", () => {
    const five = { ...valid, stars: 5, product_set: 13 }
    const card = productCard(
      product([{ ...stocked(1), prices: [], certified_skus: [{ certificate: valid }, { certificate: five }] }]),
      true,
      now,
      ONLINE
    )
    expect(card).toEqual(expect.objectContaining({ stars: 5, product_set: 13, price_min: null }))
  })
})
