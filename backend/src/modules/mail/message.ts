import type { NoticeData, NoticeTemplate } from "@ocop/contracts"

/** What a template says, as blocks: render.ts writes them once as plain text and as inline HTML. */
export type Block =
  | { paragraph: string }
  | { list: string[] }
  | { link: { label: string; url: string } }
  /** Label and value pairs: an address, a bank account. */
  | { fields: [string, string][] }

export type Message = { subject: string; blocks: Block[] }

export type Template<T extends NoticeTemplate> = (data: NoticeData[T]) => Message

export const GREETING = "Xin chào,"
export const SIGNATURE = "Sàn OCOP — đặc sản mỗi xã một sản phẩm"

export const orderName = (displayId: number) => `đơn hàng #${displayId}`

export const lines = (items: { title: string; quantity: number }[]) => items.map((item) => `${item.title} × ${item.quantity}`)
