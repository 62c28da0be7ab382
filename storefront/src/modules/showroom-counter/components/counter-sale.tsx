"use client"

import { useEffect, useRef, useState } from "react"
import { formatVnd, PAYMENT_METHOD_LABELS, PAYMENT_METHODS, type ShelfLine } from "@ocop/contracts"
import { FieldError, FormMessage, inputClass, primaryButton, secondaryButton } from "@/modules/common/components/fields"
import { useCheckedForm } from "@/modules/common/components/use-form-check"
import { recordSaleAction, searchStockAction } from "@/modules/showroom-counter/actions/sales"
import { packagingName } from "@/modules/showroom-counter/labels"
import {
  addToSale,
  changeDue,
  exactCodeMatch,
  lineKey,
  lineTotal,
  parseMoney,
  readSaleForm,
  removeFromSale,
  type SaleBatch,
  saleTotal,
  setBatch,
  setQuantity,
  stampNotice,
  stampRefusalNotice,
  unitCount,
  unsellableReason,
  type SaleLine,
} from "@/modules/showroom-counter/sale"
import type { PaymentMethod } from "@/modules/showroom-counter/types"
import SaleReceipt from "./sale-receipt"

// The counter is a tablet used with a finger: every control here is at least 48 px high.
const bigButton = "min-h-12 text-lg"
const stepButton =
  "inline-flex size-12 items-center justify-center rounded-lg border border-stone-400 bg-white text-2xl font-bold hover:bg-stone-100 disabled:text-stone-300"

/**
 * Bán hàng: find products, build the sale, take the payment and record it. A new sale starts from a
 * fresh component (the key changes), so nothing of the last one is left over.
 */
export default function CounterSale() {
  const [saleNumber, setSaleNumber] = useState(0)
  return <Sale key={saleNumber} onNewSale={() => setSaleNumber((n) => n + 1)} />
}

function check(form: FormData) {
  const validation = readSaleForm(form)
  return validation.ok ? null : validation.errors
}

function Sale({ onNewSale }: { onNewSale: () => void }) {
  const [lines, setLines] = useState<SaleLine[]>([])
  const [payment, setPayment] = useState<PaymentMethod>("cash")
  const [cash, setCash] = useState("")
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm(recordSaleAction, check)

  if (state.status === "success" && state.receipt)
    return (
      <SaleReceipt
        receipt={state.receipt}
        recordedAt={state.recorded_at}
        cashReceived={state.cash_received}
        onNewSale={onNewSale}
      />
    )

  const total = saleTotal(lines)
  const cashReceived = parseMoney(cash)
  const change = changeDue(total, cashReceived)

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
      <ProductSearch lines={lines} onAdd={(shelf, batch) => setLines((current) => addToSale(current, shelf, batch))} />

      <form
        ref={formRef}
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        aria-labelledby="sale-heading"
        className="flex flex-col gap-4 rounded-lg border border-stone-300 p-4"
      >
        <h2 id="sale-heading" className="text-2xl font-bold">
          Đơn đang bán
        </h2>
        <input
          type="hidden"
          name="lines"
          value={JSON.stringify(
            lines.map(({ variant_id, quantity, price, batch }) => ({ variant_id, quantity, price, batch_id: batch?.id ?? null }))
          )}
        />
        {lines.length === 0 ? (
          <p className="rounded-lg bg-stone-50 p-4 text-stone-700">
            Chưa có sản phẩm nào. Tìm hoặc quét mã sản phẩm rồi bấm “Thêm”.
          </p>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-200" aria-label="Sản phẩm trong đơn">
            {lines.map((line) => (
              <SaleRow
                key={lineKey(line)}
                line={line}
                onQuantity={(quantity) => setLines((current) => setQuantity(current, lineKey(line), quantity))}
                onBatch={(batch) => setLines((current) => setBatch(current, lineKey(line), batch))}
                onRemove={() => setLines((current) => removeFromSale(current, lineKey(line)))}
              />
            ))}
          </ul>
        )}
        <FieldError id="sale-lines" error={errors.lines} />

        <p className="flex items-baseline justify-between border-t border-stone-300 pt-3 text-xl">
          <span>
            Tổng cộng <span className="text-base text-stone-600">({unitCount(lines)} sản phẩm)</span>
          </span>
          <span className="text-2xl font-bold" aria-live="polite">
            {formatVnd(total)}
          </span>
        </p>

        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 font-semibold">Thanh toán</legend>
          <div className="grid grid-cols-2 gap-2">
            {PAYMENT_METHODS.map((method) => (
              <label
                key={method}
                className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-stone-400 px-3 text-lg has-checked:border-emerald-700 has-checked:bg-emerald-50 has-checked:font-semibold"
              >
                <input
                  type="radio"
                  name="payment_method"
                  value={method}
                  checked={payment === method}
                  onChange={() => setPayment(method)}
                  className="size-5 accent-emerald-700"
                />
                {PAYMENT_METHOD_LABELS[method]}
              </label>
            ))}
          </div>
        </fieldset>

        {payment === "cash" && (
          <div className="flex flex-col gap-1">
            <label htmlFor="sale-cash" className="font-semibold">
              Khách đưa
            </label>
            <input
              id="sale-cash"
              name="cash_received"
              inputMode="numeric"
              autoComplete="off"
              placeholder="Ví dụ: 200.000"
              value={cash}
              onChange={(event) => setCash(event.target.value)}
              aria-invalid={errors.cash_received ? true : undefined}
              aria-describedby={errors.cash_received ? "sale-cash-error" : "sale-change"}
              className={`${inputClass} min-h-12 text-right text-xl`}
            />
            <FieldError id="sale-cash" error={errors.cash_received} />
            <p id="sale-change" aria-live="polite" className="flex justify-between text-lg">
              {cash.trim() === "" ? (
                <span className="text-stone-600">Nhập số tiền khách đưa để tính tiền thối lại.</span>
              ) : cashReceived === null ? (
                <span className="text-red-700">Số tiền không hợp lệ.</span>
              ) : change === null ? (
                <>
                  <span>Còn thiếu</span>
                  <span className="font-bold text-red-700">{formatVnd(total - cashReceived)}</span>
                </>
              ) : (
                <>
                  <span>Tiền thối lại</span>
                  <span className="font-bold text-emerald-800">{formatVnd(change)}</span>
                </>
              )}
            </p>
          </div>
        )}

        <FormMessage state={state} />
        <button type="submit" disabled={pending || lines.length === 0} className={`${primaryButton} ${bigButton}`}>
          {pending ? "Đang ghi nhận…" : "Ghi nhận bán hàng"}
        </button>
      </form>
    </div>
  )
}

function SaleRow({
  line,
  onQuantity,
  onBatch,
  onRemove,
}: {
  line: SaleLine
  onQuantity: (quantity: number) => void
  onBatch: (batch: SaleBatch | null) => void
  onRemove: () => void
}) {
  const name = packagingName(line)
  // A scanned stamp's batch stays a choice even when no receipt named it.
  const choices = [
    ...(line.batch && !line.received_batches.some((batch) => batch.id === line.batch?.id) ? [line.batch] : []),
    ...line.received_batches,
  ]
  return (
    <li className="flex flex-col gap-2 py-3">
      <div className="flex justify-between gap-3">
        <p className="font-semibold">{name}</p>
        <p className="font-bold whitespace-nowrap">{formatVnd(lineTotal(line))}</p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={stepButton} onClick={() => onQuantity(line.quantity - 1)} aria-label={`Bớt một ${name}`}>
          −
        </button>
        <output className="min-w-10 text-center text-xl font-bold" aria-label={`Số lượng ${name}`}>
          {line.quantity}
        </output>
        <button
          type="button"
          className={stepButton}
          disabled={line.quantity >= line.stock}
          onClick={() => onQuantity(line.quantity + 1)}
          aria-label={`Thêm một ${name}`}
        >
          +
        </button>
        <span className="text-sm text-stone-600">
          × {formatVnd(line.price)}
          {line.quantity >= line.stock && <span className="ml-2 font-semibold text-amber-800">Hết tồn ({line.stock})</span>}
        </span>
        <button
          type="button"
          onClick={onRemove}
          className="ml-auto min-h-12 rounded-lg px-3 font-semibold text-red-800 hover:bg-red-50"
        >
          Bỏ
        </button>
      </div>
      {choices.length > 0 && (
        <label className="flex items-center gap-2 text-sm">
          <span className="shrink-0 font-semibold">Lô</span>
          <select
            value={line.batch?.id ?? ""}
            onChange={(event) => onBatch(choices.find((batch) => batch.id === event.target.value) ?? null)}
            aria-label={`Lô của ${name}`}
            className={`${inputClass} min-h-12`}
          >
            <option value="">Chưa chọn lô</option>
            {choices.map((batch) => (
              <option key={batch.id} value={batch.id}>
                {batch.lot_number}
              </option>
            ))}
          </select>
        </label>
      )}
    </li>
  )
}

/**
 * Tìm sản phẩm: a name (without diacritics too), a SKU, a barcode or an OCOP stamp, typed or scanned.
 * Results come as you type; Enter on a code that names one packaging exactly (or on a valid stamp)
 * puts it straight into the sale (a scanner types the code and Enter).
 */
function ProductSearch({ lines, onAdd }: { lines: SaleLine[]; onAdd: (shelf: ShelfLine, batch: SaleBatch | null) => void }) {
  const [query, setQuery] = useState("")
  const [results, setResults] = useState<ShelfLine[] | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [searching, setSearching] = useState(false)
  const latest = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const inputRef = useRef<HTMLInputElement>(null)

  async function search(q: string, enter: boolean) {
    const request = ++latest.current
    setSearching(true)
    const answer = await searchStockAction(q)
    if (request !== latest.current) return // a newer search is under way
    setSearching(false)
    if (!answer.ok) {
      setMessage(answer.message)
      return
    }
    const stamp = answer.stamp ? stampNotice(answer.stamp) : null
    // A valid stamp names one packaging, like an exact code; a refused one only says why.
    const match = enter ? (stamp?.ok ? answer.results[0] : exactCodeMatch(q, answer.results)) : null
    if (match && !unsellableReason(match)) {
      // A valid stamp also tells which batch the unit is from.
      add(match, stamp?.ok && answer.stamp ? { id: answer.stamp.batch_id, lot_number: answer.stamp.lot_number } : null)
      setQuery("")
      setResults(null)
      setMessage([`Đã thêm ${packagingName(match)}.`, stamp?.text].filter(Boolean).join(" "))
      return
    }
    setResults(answer.results)
    const nothingFound = answer.results.length === 0 ? `Không tìm thấy sản phẩm nào cho “${q}”.` : null
    setMessage(answer.refusedStamp ? stampRefusalNotice(answer.refusedStamp) : (stamp?.text ?? nothingFound))
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new query starts a search; `search` is rebuilt every render
  useEffect(() => {
    clearTimeout(timer.current)
    if (!query.trim()) return
    timer.current = setTimeout(() => void search(query, false), 300)
    return () => clearTimeout(timer.current)
  }, [query])

  function add(shelf: ShelfLine, batch: SaleBatch | null = null) {
    onAdd(shelf, batch)
    inputRef.current?.focus() // ready for the next scan
  }

  return (
    // Only the search box is named "Tìm sản phẩm" (its visible label), so nothing else answers to it.
    <div className="flex flex-col gap-4">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault()
          clearTimeout(timer.current)
          if (query.trim()) void search(query, true)
        }}
        className="flex flex-col gap-1"
      >
        <label htmlFor="counter-search" className="text-lg font-semibold">
          Tìm sản phẩm
        </label>
        <div className="flex gap-2">
          <input
            ref={inputRef}
            id="counter-search"
            type="search"
            // biome-ignore lint/a11y/noAutofocus: the counter's scanner types into this box; it must hold focus when the page opens
            autoFocus
            autoComplete="off"
            enterKeyHint="search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value)
              if (!event.target.value.trim()) {
                latest.current++
                setResults(null)
                setSearching(false)
              }
            }}
            aria-describedby="counter-search-hint"
            className={`${inputClass} min-h-12 text-lg`}
          />
          <button type="submit" className={`${secondaryButton} ${bigButton}`}>
            Tìm
          </button>
        </div>
        <p id="counter-search-hint" className="text-sm text-stone-600">
          Tên sản phẩm (gõ không dấu cũng được), SKU, mã vạch hoặc mã tem OCOP. Quét mã vạch hay mã QR trên tem để thêm thẳng vào
          đơn.
        </p>
      </form>

      <p role="status" className="empty:hidden">
        {searching ? "Đang tìm…" : message}
      </p>

      {results && results.length > 0 && (
        <ul className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-200" aria-label="Kết quả tìm kiếm">
          {results.map((shelf) => {
            const inSale = unitCount(lines.filter((line) => line.variant_id === shelf.variant_id))
            const refusal = unsellableReason(shelf) ?? (inSale >= shelf.stock ? "Đã đủ số tồn" : null)
            return (
              <li key={shelf.variant_id} className="flex flex-wrap items-center gap-3 p-3">
                <div className="min-w-0 flex-1">
                  <p className="font-semibold">{packagingName(shelf)}</p>
                  <p className="text-sm text-stone-600">
                    {shelf.sku && <span className="font-mono">{shelf.sku}</span>}
                    {shelf.producer_name && <> · {shelf.producer_name}</>}
                  </p>
                </div>
                <div className="text-right">
                  <p className="text-lg font-bold">{shelf.price === null ? "—" : formatVnd(shelf.price)}</p>
                  <p className={`text-sm ${shelf.stock <= 0 ? "font-semibold text-red-700" : "text-stone-700"}`}>
                    Tồn: {shelf.stock}
                    {inSale > 0 && ` · trong đơn: ${inSale}`}
                  </p>
                </div>
                <button
                  type="button"
                  disabled={refusal !== null}
                  onClick={() => add(shelf)}
                  aria-label={`Thêm ${packagingName(shelf)}`}
                  className={`${primaryButton} ${bigButton} min-w-28`}
                >
                  {refusal ?? "Thêm"}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
