/**
 * The `code` of every refusal the API answers, so clients decide what to show by code, never by
 * matching message text. Each 4xx also carries one Vietnamese sentence a person can act on. The
 * backend's error handler sends them; the storefront and Admin read them from here.
 */
export const ERROR_CODES = {
  // The input boundary (every route)
  CONTROL_CHARACTER: "control_character",
  MALFORMED_ENCODING: "malformed_encoding",
  TOO_LONG: "too_long",
  TOO_MANY: "too_many",
  TOO_DEEP: "too_deep",
  INVALID_JSON: "invalid_json",
  PAYLOAD_TOO_LARGE: "payload_too_large",
  UNSUPPORTED_ENCODING: "unsupported_encoding",
  // Field rules (zod schemas) and Medusa's own kinds of refusal
  INVALID_DATA: "invalid_data",
  INVALID_DATE: "invalid_date",
  /** A URL field that is not an absolute http(s) address (javascript:, data:, a relative path). */
  INVALID_URL: "invalid_url",
  NOT_ALLOWED: "not_allowed",
  NOT_FOUND: "not_found",
  UNAUTHORIZED: "unauthorized",
  FORBIDDEN: "forbidden",
  CONFLICT: "conflict",
  DUPLICATE: "duplicate",
  PAYMENT_REFUSED: "payment_refused",
  INSUFFICIENT_INVENTORY: "insufficient_inventory",
  /** No valid OCOP certificate covers the packaging, or its producer is suspended. */
  NOT_PURCHASABLE: "not_purchasable",
  RATE_LIMITED: "rate_limited",
  /** A producer's part whose cash was already collected: nothing is captured twice (issue 16). */
  ALREADY_CAPTURED: "already_captured",
  /** A parcel that can no longer be reported delivered or refused (not shipped, or already settled). */
  PARCEL_NOT_OUT: "parcel_not_out",
  // A shopper cancelling their own order (issue 16): already cancelled, a parcel already out
  ORDER_ALREADY_CANCELED: "order_already_canceled",
  ORDER_SHIPPED: "order_shipped",
  /** An order already paid: the office attaches no more transfers to it. */
  ORDER_PAID: "order_paid",
  /** A refund larger than what is left of what the shopper paid for that producer's part. */
  REFUND_EXCEEDS_PAID: "refund_exceeds_paid",
  /** A refund the office already marked paid out: its transfer reference stays as recorded. */
  REFUND_ALREADY_PAID_OUT: "refund_already_paid_out",
  // Producer settlements: a month not yet over cannot be closed; a paid statement never changes
  MONTH_NOT_ENDED: "month_not_ended",
  STATEMENT_PAID: "statement_paid",
  /** A payment webhook whose signature does not verify: tampered, stale (replayed later) or not Stripe's. */
  WEBHOOK_SIGNATURE: "webhook_signature",
  // The office's reconciliation (issue 16): a statement line it cannot read, a transfer already decided
  STATEMENT_LINE_INVALID: "statement_line_invalid",
  TRANSFER_DECIDED: "transfer_decided",
  // OCOP stamps: a code whose check character does not match, one no stamp has, text that is no code
  STAMP_MISTYPED: "stamp_mistyped",
  STAMP_UNKNOWN: "stamp_unknown",
  STAMP_MALFORMED: "stamp_malformed",
  /** A stamp sheet asked of a batch with no stamp left to print (all voided). */
  NO_STAMPS_TO_PRINT: "no_stamps_to_print",
  /** A batch named for a shipped line that is of another packaging than the line's (issue 17). */
  BATCH_OTHER_PACKAGING: "batch_other_packaging",
  // Delivery addresses (issue 17): the 34 provinces and their communes after the 2025 reform
  UNKNOWN_PROVINCE: "unknown_province",
  UNKNOWN_COMMUNE: "unknown_commune",
  COMMUNE_NOT_IN_PROVINCE: "commune_not_in_province",
  /** An e-mail verification link already used, replaced by a newer one, or too old (issue 17). */
  VERIFICATION_LINK_INVALID: "verification_link_invalid",
  /** Only an e-mail whose last attempt failed is sent again by hand; a queued one is on its way (issue 17). */
  NOTICE_NOT_FAILED: "notice_not_failed",
  // Inspections (issue 19): a checklist not filled in, evidence the server did not store, a decided proposal
  CHECKLIST_INCOMPLETE: "checklist_incomplete",
  EVIDENCE_UNKNOWN: "evidence_unknown",
  NOT_PRODUCERS: "not_producers",
  PROPOSAL_DECIDED: "proposal_decided",
  /** A violation already corrected: no answer to it, no second resolution. */
  VIOLATION_CLOSED: "violation_closed",
  SERVER_ERROR: "server_error",
  // Picture uploads
  UPLOAD_NO_FILE: "upload_no_file",
  UPLOAD_TOO_MANY_FILES: "upload_too_many_files",
  UPLOAD_TOO_LARGE: "upload_too_large",
  UPLOAD_NOT_IMAGE: "upload_not_image",
  UPLOAD_TOO_MANY_PIXELS: "upload_too_many_pixels",
  UPLOAD_UNREADABLE: "upload_unreadable",
  /** A published standard's file or an inspection's evidence must be a PDF or a picture (issue 19). */
  UPLOAD_NOT_DOCUMENT: "upload_not_document",
} as const

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]
