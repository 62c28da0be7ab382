import { formatDate, type StampTrace } from "@ocop/contracts"

// What a shopper who scanned the QR needs first: can this stamp be trusted. Told by colour, by a
// symbol and in words.
const VERDICTS = {
  activated: {
    symbol: "✓",
    title: "Tem OCOP hợp lệ",
    className: "border-emerald-700 bg-emerald-50 text-emerald-950",
    symbolClass: "bg-emerald-700",
  },
  voided: {
    symbol: "✕",
    title: "Tem đã bị huỷ — sản phẩm có thể không chính hãng",
    className: "border-red-700 bg-red-50 text-red-950",
    symbolClass: "bg-red-700",
  },
  printed: {
    symbol: "!",
    title: "Tem chưa được kích hoạt",
    className: "border-amber-600 bg-amber-50 text-amber-950",
    symbolClass: "bg-amber-600",
  },
} as const

export default function StampVerdict({ stamp, producerName }: { stamp: StampTrace["stamp"]; producerName: string }) {
  const verdict = VERDICTS[stamp.status]
  return (
    <section aria-labelledby="stamp-verdict-heading" className={`flex gap-3 rounded-lg border-2 p-4 ${verdict.className}`}>
      <span
        aria-hidden="true"
        className={`flex size-10 shrink-0 items-center justify-center rounded-full text-xl font-bold text-white ${verdict.symbolClass}`}
      >
        {verdict.symbol}
      </span>
      <div className="flex flex-col gap-2">
        <h2 id="stamp-verdict-heading" className="text-xl leading-snug font-bold">
          {verdict.title}
        </h2>
        <p>
          {stamp.status === "activated" && (
            <>
              Tem do {producerName} phát hành
              {stamp.activated_at && <> và được kích hoạt ngày {formatDate(stamp.activated_at)}</>}. Hãy đối chiếu sản phẩm, số lô
              và hạn sử dụng dưới đây với bao bì.
            </>
          )}
          {stamp.status === "voided" && (
            <>
              Nhà sản xuất đã huỷ tem này (tem bị mất, hỏng hoặc bị dùng sai). Không nên mua sản phẩm mang tem này; nếu đã mua,
              hãy báo cho nơi bán hoặc nhà sản xuất.
            </>
          )}
          {stamp.status === "printed" && (
            <>
              Nhà sản xuất chưa đưa lô hàng mang tem này ra bán. Nếu sản phẩm đang được bày bán, hãy hỏi người bán hoặc liên hệ
              nhà sản xuất trước khi mua.
            </>
          )}
        </p>
        <p className="text-sm">
          Mã tem: <span className="font-mono font-semibold tracking-wide">{stamp.code}</span>
        </p>
      </div>
    </section>
  )
}
