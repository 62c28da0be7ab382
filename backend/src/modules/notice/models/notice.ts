import { model } from "@medusajs/framework/utils"
import { NOTICE_STATUSES } from "@ocop/contracts"

/**
 * An e-mail the marketplace owes someone (issue 17): written by the workflow whose event it tells of,
 * in that workflow's transaction, and delivered after it through Medusa's notification module. Sending
 * is never part of placing, shipping or cancelling an order: a mail server down leaves this row queued,
 * retried with backoff, and after the last attempt `failed` with its error for the office to see.
 * Medusa's `notification` rows record each attempt (status, provider); this one is the promise.
 */
export const Notice = model
  .define("notice", {
    id: model.id({ prefix: "ntc" }).primaryKey(),
    template: model.text(),
    to: model.text(),
    data: model.json(),
    /** One notice per event and recipient, however many times the event is handled. */
    idempotency_key: model.text().unique(),
    resource_type: model.text().nullable(),
    resource_id: model.text().nullable(),
    status: model.enum([...NOTICE_STATUSES]).default("queued"),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime(),
    last_error: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status", "next_attempt_at"] }, { on: ["resource_id"] }, { on: ["template"] }])
