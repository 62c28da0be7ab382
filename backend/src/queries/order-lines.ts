/**
 * An order line's quantity as Query reads it: Medusa keeps it on the line's detail record (the
 * quantity field of the line itself is only filled by the order workflows' own readers).
 */
export const LINE_QUANTITY_FIELD = "detail.quantity"

export const lineQuantity = (item: { detail?: { quantity?: unknown } | null }) => Number(item.detail?.quantity ?? 0)

/** An order's number: Medusa's schema types display_id as a nullable String, but every order has one, an integer. */
export const displayId = (order: { display_id: string | number | null }) => Number(order.display_id)
