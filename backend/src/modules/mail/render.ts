import { NOTICE_TEMPLATES, type NoticeData, type NoticeTemplate } from "@ocop/contracts"
import { type Block, type Message, SIGNATURE, type Template } from "./message"
import { certificateExpiring } from "./templates/certificate-expiring"
import { certificateStatusChanged } from "./templates/certificate-status-changed"
import { customerEmailVerification } from "./templates/customer-email-verification"
import { customerPasswordReset } from "./templates/customer-password-reset"
import { inspectionRecorded } from "./templates/inspection-recorded"
import { lowStock } from "./templates/low-stock"
import { orderCanceled } from "./templates/order-canceled"
import { orderPlaced } from "./templates/order-placed"
import { orderShipped } from "./templates/order-shipped"
import { orderUnpaidCanceled } from "./templates/order-unpaid-canceled"
import { paymentReceived } from "./templates/payment-received"
import { pickupReady } from "./templates/pickup-ready"
import { producerOrderPlaced } from "./templates/producer-order-placed"
import { stampFlagged } from "./templates/stamp-flagged"

const TEMPLATES: { [T in NoticeTemplate]: Template<T> } = {
  "order-placed": orderPlaced,
  "producer-order-placed": producerOrderPlaced,
  "payment-received": paymentReceived,
  "order-shipped": orderShipped,
  "order-canceled": orderCanceled,
  "order-unpaid-canceled": orderUnpaidCanceled,
  "pickup-ready": pickupReady,
  "certificate-expiring": certificateExpiring,
  "low-stock": lowStock,
  "stamp-flagged": stampFlagged,
  "inspection-recorded": inspectionRecorded,
  "certificate-status-changed": certificateStatusChanged,
  "customer-password-reset": customerPasswordReset,
  "customer-email-verification": customerEmailVerification,
}

/** An e-mail as sent: the same words as plain text and as simple HTML (inline styles, as mail clients drop <style>). */
export type RenderedMail = { subject: string; text: string; html: string }

export const isNoticeTemplate = (name: unknown): name is NoticeTemplate => (NOTICE_TEMPLATES as readonly unknown[]).includes(name)

/** Turns a template's data into the Vietnamese e-mail; the one place mail is worded and written out. */
export function renderNotice<T extends NoticeTemplate>(template: T, data: NoticeData[T]): RenderedMail {
  return write((TEMPLATES[template] as Template<T>)(data))
}

/**
 * A stored notice (the notification module keeps template and data as JSON): an unknown template is
 * refused rather than sent empty. The data is what our own workflows wrote for that template.
 */
export function renderStored(template: string | null | undefined, data: unknown): RenderedMail {
  if (!isNoticeTemplate(template)) throw new Error(`Unknown e-mail template: ${template}`)
  return renderNotice(template, data as NoticeData[typeof template])
}

function write(message: Message): RenderedMail {
  const blocks = [...message.blocks, { paragraph: SIGNATURE }]
  return {
    subject: message.subject,
    text: `${blocks.map(blockText).join("\n\n")}\n`,
    html: `<div style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2937;max-width:600px">${blocks.map(blockHtml).join("")}</div>`,
  }
}

function blockText(block: Block): string {
  if ("paragraph" in block) return block.paragraph
  if ("list" in block) return block.list.map((item) => `- ${item}`).join("\n")
  if ("link" in block) return `${block.link.label}: ${block.link.url}`
  return block.fields.map(([label, value]) => `${label}: ${value}`).join("\n")
}

function blockHtml(block: Block): string {
  if ("paragraph" in block) return `<p style="margin:0 0 12px">${escapeHtml(block.paragraph)}</p>`
  if ("list" in block)
    return `<ul style="margin:0 0 12px;padding-left:20px">${block.list.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`
  if ("link" in block)
    return `<p style="margin:0 0 12px"><a href="${escapeHtml(block.link.url)}" style="color:#15803d;font-weight:bold">${escapeHtml(block.link.label)}</a></p>`
  return `<table style="margin:0 0 12px;border-collapse:collapse">${block.fields
    .map(
      ([label, value]) =>
        `<tr><td style="padding:2px 12px 2px 0;color:#6b7280">${escapeHtml(label)}</td><td style="padding:2px 0;font-weight:bold">${escapeHtml(value)}</td></tr>`
    )
    .join("")}</table>`
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => ESCAPES[char])
