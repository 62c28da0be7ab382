"use server"

import { refresh } from "next/cache"
import { adjustStock, listStock, receiveStock, recordCustomerReturn, returnToProducer } from "@/lib/data/showroom-counter"
import { attempt } from "@/modules/common/actions/attempt"
import type { FormState } from "@/modules/common/form-state"
import { formatVnd } from "@ocop/contracts"
import {
  readAdjustmentForm,
  readCustomerReturnForm,
  readReceiptForm,
  readReturnForm,
  type MovementValidation,
  type StockMovementInput,
} from "@/modules/showroom-counter/movement-form"
import { exactCodeMatch } from "@/modules/showroom-counter/sale"

const RECORDED = "Đã ghi nhận"

/** The rows as typed, to show again after a refusal (keyed `sku.0`, `quantity.0`…). */
function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const name of ["sku", "quantity", "batch_code"])
    form.getAll(name).forEach((value, index) => {
      if (typeof value === "string" && value) values[`${name}.${index}`] = value
    })
  for (const name of ["reason", "note"]) {
    const value = form.get(name)
    if (typeof value === "string" && value) values[name] = value
  }
  return values
}

async function record(
  form: FormData,
  read: (form: FormData) => MovementValidation,
  send: (input: StockMovementInput) => Promise<unknown>,
  what: string
): Promise<FormState> {
  const validation = read(form)
  const values = typedValues(form)
  if (!validation.ok) return { status: "error", errors: validation.errors, values }
  const done = await attempt(() => send(validation.input), `Showroom counter: ${what}`)
  if (!done.ok) return { status: "error", message: done.message, values }
  refresh()
  const units = validation.input.lines.reduce((sum, line) => sum + Math.abs(line.quantity), 0)
  return { status: "success", message: `${RECORDED}: ${validation.input.lines.length} dòng, ${units} sản phẩm.` }
}

export async function receiveStockAction(_prev: FormState, form: FormData): Promise<FormState> {
  return record(form, readReceiptForm, receiveStock, "receive consignment")
}

export async function returnToProducerAction(_prev: FormState, form: FormData): Promise<FormState> {
  return record(form, readReturnForm, returnToProducer, "return to producer")
}

export async function adjustStockAction(_prev: FormState, form: FormData): Promise<FormState> {
  return record(form, readAdjustmentForm, adjustStock, "adjust stock")
}

export async function customerReturnAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values: Record<string, string> = {}
  for (const name of ["order_id", "code", "quantity", "note"]) values[name] = String(form.get(name) ?? "").trim()
  const validation = readCustomerReturnForm(form)
  if (!validation.ok) return { status: "error", errors: validation.errors, values }
  const { order_id, code, quantity, note } = validation.input

  // The return names a packaging by variant; staff know its SKU or barcode.
  const found = await attempt(() => listStock(code), "Showroom counter: find a returned SKU")
  if (!found.ok) return { status: "error", message: found.message, values }
  const line = exactCodeMatch(code, found.value)
  if (!line) return { status: "error", errors: { code: "Không có sản phẩm nào của điểm bán mang SKU hoặc mã vạch này." }, values }

  const done = await attempt(
    () => recordCustomerReturn(order_id, { lines: [{ variant_id: line.variant_id, quantity }], note }),
    "Showroom counter: customer return"
  )
  if (!done.ok) return { status: "error", message: done.message, values }
  refresh()
  return { status: "success", message: `${RECORDED}: hoàn lại khách ${formatVnd(done.value.refund)}.` }
}
