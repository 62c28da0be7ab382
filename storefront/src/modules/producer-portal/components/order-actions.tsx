"use client"

import { useActionState, useState } from "react"
import type { FormState } from "@/modules/common/form-state"
import { cancelReasonCheck } from "@/modules/common/cancel-reason"
import { batchFieldName, CARRIERS, orderActions, readShipForm, type ShipFormField } from "@/modules/producer-portal/orders"
import { type BatchChoice, formatDate, formatVnd, type ProducerOrder, type ProducerOrderStatus } from "@ocop/contracts"
import {
  dangerButton,
  FormMessage,
  primaryButton,
  secondaryButton,
  SelectField,
  TextAreaField,
  TextField,
} from "@/modules/common/components/fields"
import { useCheckedForm } from "@/modules/common/components/use-form-check"

type Action<F extends string = string> = (state: FormState<F>, form: FormData) => Promise<FormState<F>>

const box = "flex flex-col gap-3 rounded-lg border border-stone-200 p-4"

/** What the producer can still do with its part of the order, by its status. */
export default function OrderActions({
  status,
  pickupAt,
  confirm,
  ship,
  lines,
  batchChoices,
  cancel,
  total,
  deliver,
  refuse,
}: {
  status: ProducerOrderStatus
  pickupAt: string | null
  confirm: Action
  ship: Action<ShipFormField>
  /** The part's lines, each of which may name the batch it is shipped from. */
  lines: ProducerOrder["items"]
  batchChoices: BatchChoice[]
  cancel: Action<"reason">
  /** The part's amount (lines plus delivery), which the carrier collects at the door. */
  total: number
  deliver: Action
  refuse: Action<"reason">
}) {
  const allowed = orderActions(status, pickupAt !== null)
  if (!Object.values(allowed).some(Boolean)) return null
  return (
    <section aria-labelledby="order-actions-heading" className="flex flex-col gap-4">
      <h2 id="order-actions-heading" className="text-xl font-bold">
        Xử lý đơn
      </h2>
      <div className="grid gap-4 lg:grid-cols-3">
        {allowed.confirm && <ConfirmForm action={confirm} />}
        {allowed.ship && <ShipForm action={ship} lines={lines} batchChoices={batchChoices} />}
        {allowed.cancel && <CancelForm action={cancel} />}
        {allowed.deliver && <DeliverForm action={deliver} total={total} />}
        {allowed.refuse && <RefuseForm action={refuse} />}
      </div>
    </section>
  )
}

function ConfirmForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" })
  return (
    <form action={formAction} className={box}>
      <h3 className="font-bold">Xác nhận</h3>
      <p className="text-sm text-stone-700">Báo cho khách rằng bạn đã nhận đơn và đang chuẩn bị hàng.</p>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? "Đang xác nhận…" : "Xác nhận đơn"}
      </button>
    </form>
  )
}

function checkShip(form: FormData) {
  const validation = readShipForm(form)
  return validation.ok ? null : validation.errors
}

function ShipForm({
  action,
  lines,
  batchChoices,
}: {
  action: Action<ShipFormField>
  lines: ProducerOrder["items"]
  batchChoices: BatchChoice[]
}) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm(action, checkShip)
  const values = state.status === "error" ? state.values : undefined
  // Only lines whose packaging has batches on record can name one.
  const stamped = lines.flatMap((line) => {
    const choices = batchChoices.filter((batch) => batch.variant_id === line.variant_id)
    return choices.length ? [{ line, choices }] : []
  })
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className={box}>
      <h3 className="font-bold">Giao cho vận chuyển</h3>
      <FormMessage state={state} />
      <TextField
        id="ship-tracking-number"
        name="tracking_number"
        label="Mã vận đơn"
        maxLength={64}
        autoComplete="off"
        defaultValue={values?.tracking_number}
        error={errors.tracking_number}
      />
      <SelectField
        id="ship-carrier"
        name="carrier"
        label="Đơn vị vận chuyển"
        options={CARRIERS}
        defaultValue={values?.carrier ?? CARRIERS[0]}
        error={errors.carrier}
      />
      {stamped.map(({ line, choices }) => (
        <SelectField
          key={line.id}
          id={`ship-batch-${line.id}`}
          name={batchFieldName(line.id)}
          label={`Lô của ${line.title}${line.variant_title ? ` · ${line.variant_title}` : ""}`}
          hint="Khách xem được nguồn gốc của lô trong đơn hàng."
          optional
          placeholder="Không ghi lô"
          options={choices.map((batch) => ({
            value: batch.id,
            label: `${batch.lot_number} · SX ${formatDate(batch.produced_on)}`,
          }))}
          defaultValue={values?.[batchFieldName(line.id)] ?? ""}
        />
      ))}
      {errors.batches && <p className="text-sm font-semibold text-red-800">{errors.batches}</p>}
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? "Đang cập nhật…" : "Giao cho vận chuyển"}
      </button>
    </form>
  )
}

function CancelForm({ action }: { action: Action<"reason"> }) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm(action, cancelReasonCheck("producer_part"))
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className={box}>
      <h3 className="font-bold">Hủy phần đơn của bạn</h3>
      <FormMessage state={state} />
      <TextAreaField
        id="cancel-reason"
        name="reason"
        label="Lý do hủy"
        rows={3}
        maxLength={500}
        hint="Khách hàng sẽ thấy lý do này."
        defaultValue={state.status === "error" ? state.values?.reason : undefined}
        error={errors.reason}
      />
      <button type="submit" disabled={pending} className={`${dangerButton} self-start`}>
        {pending ? "Đang hủy…" : "Hủy phần đơn"}
      </button>
    </form>
  )
}

/** Cash on delivery: the parcel reached the shopper and the carrier collected the amount; asked twice, as it cannot be undone. */
function DeliverForm({ action, total }: { action: Action; total: number }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" })
  const [asked, setAsked] = useState(false)
  return (
    <form action={formAction} className={box}>
      <h3 className="font-bold">Đã giao, đã thu tiền</h3>
      <p className="text-sm text-stone-700">
        Khách đã nhận hàng và đơn vị vận chuyển đã thu <span className="font-semibold">{formatVnd(total)}</span>.
      </p>
      <FormMessage state={state} />
      {asked ? (
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={pending} className={primaryButton}>
            {pending ? "Đang ghi nhận…" : `Xác nhận đã thu ${formatVnd(total)}`}
          </button>
          <button type="button" disabled={pending} className={secondaryButton} onClick={() => setAsked(false)}>
            Quay lại
          </button>
        </div>
      ) : (
        <button type="button" className={`${primaryButton} self-start`} onClick={() => setAsked(true)}>
          Đã giao, đã thu tiền
        </button>
      )}
    </form>
  )
}

/** The shopper refused the parcel at the door: nothing is collected and the goods come back; asked twice, with a reason. */
function RefuseForm({ action }: { action: Action<"reason"> }) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm(action, cancelReasonCheck("refused_parcel"))
  const [asked, setAsked] = useState(false)
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className={box}>
      <h3 className="font-bold">Khách từ chối nhận</h3>
      <FormMessage state={state} />
      {asked || state.status === "error" ? (
        <>
          <TextAreaField
            id="refuse-reason"
            name="reason"
            label="Lý do khách từ chối"
            rows={3}
            maxLength={500}
            hint="Phần đơn sẽ bị hủy, không thu tiền; hàng được cộng lại vào kho của bạn."
            defaultValue={state.status === "error" ? state.values?.reason : undefined}
            error={errors.reason}
          />
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={pending} className={dangerButton}>
              {pending ? "Đang ghi nhận…" : "Xác nhận khách từ chối nhận"}
            </button>
            <button type="button" disabled={pending} className={secondaryButton} onClick={() => setAsked(false)}>
              Quay lại
            </button>
          </div>
        </>
      ) : (
        <button type="button" className={`${dangerButton} self-start`} onClick={() => setAsked(true)}>
          Khách từ chối nhận
        </button>
      )}
    </form>
  )
}
