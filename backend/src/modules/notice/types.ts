import type { NoticeData, NoticeTemplate } from "@ocop/contracts"

/** An e-mail a workflow owes: the template's data is checked against the contracts' type for it. */
export type NoticeToQueue = {
  [T in NoticeTemplate]: {
    template: T
    to: string
    data: NoticeData[T]
    /** One notice per key: the event's resource, template and recipient, e.g. `order-shipped:pord_…`. */
    idempotency_key: string
    resource_type?: string
    resource_id?: string
  }
}[NoticeTemplate]
