// The request schemas (zod), apart from the rest of the contracts so pages that only need a code or a
// date do not bundle zod. Loading them sets zod's Vietnamese fallback messages.
import "./messages"

export * from "./fields"
export * from "./field-errors"
export { vietnameseIssueMessage } from "./messages"
export * from "./producer-portal"
export * from "./showroom-counter"
export * from "./certificates"
export * from "./feeds"
export * from "./store"
export * from "./bank-transfer"
export * from "./refunds"
export * from "./settlements"
export * from "./reconciliation"
export * from "./delivery-fees"
export * from "./customer"
export * from "./notices"
