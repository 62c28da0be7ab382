"use server"

import { refresh } from "next/cache"
import { activateBatch, createBatch, voidStamp } from "@/lib/data/producer-portal"
import { attempt } from "@/modules/common/actions/attempt"
import type { FormState } from "@/modules/common/form-state"
import { readFields } from "@/modules/common/form-values"
import { BATCH_FIELDS, readBatchForm, readVoidForm, type BatchField, type VoidField } from "./batch-form"

export async function createBatchAction(_prev: FormState<BatchField>, form: FormData): Promise<FormState<BatchField>> {
  const values = readFields(form, BATCH_FIELDS)
  const validation = readBatchForm(form)
  if (!validation.ok) return { status: "error", errors: validation.errors, values }
  const created = await attempt(() => createBatch(validation.input), "create batch")
  if (!created.ok) return { status: "error", message: created.message, values }
  refresh()
  const { lot_number, quantity } = created.value
  return {
    status: "success",
    message: `Đã tạo lô ${lot_number} với ${quantity} tem chưa kích hoạt. Tải mã tem (CSV) để in, rồi kích hoạt tem khi lô hàng được đem bán.`,
  }
}

export async function activateBatchAction(batchId: string, _prev: FormState, _form: FormData): Promise<FormState> {
  const activated = await attempt(() => activateBatch(batchId), "activate batch")
  if (!activated.ok) return { status: "error", message: activated.message }
  refresh()
  return { status: "success", message: `Đã kích hoạt: ${activated.value.stamps.activated} tem hợp lệ.` }
}

export async function voidStampAction(_prev: FormState<VoidField>, form: FormData): Promise<FormState<VoidField>> {
  const values = readFields(form, ["code", "reason"] as const)
  const validation = readVoidForm(form)
  if (!validation.ok) return { status: "error", errors: validation.errors, values }
  const voided = await attempt(() => voidStamp(validation.input.code, validation.input.reason), "void stamp")
  if (!voided.ok) return { status: "error", message: voided.message, values }
  refresh()
  return {
    status: "success",
    message: `Đã huỷ tem ${voided.value.code}. Ai quét tem này sẽ được cảnh báo sản phẩm có thể không chính hãng.`,
  }
}
