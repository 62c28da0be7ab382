import { type BankTransferInstructions, formatVnd } from "@ocop/contracts"
import QRCode from "qrcode"
import CopyButton from "./copy-button"

/**
 * What to transfer for an order paid by bank transfer: the VietQR code (drawn here, on the server, as
 * SVG: no script, no image request) and the same details as text for a shopper who types them.
 */
export default async function BankTransferPanel({ transfer }: { transfer: BankTransferInstructions }) {
  const svg = await QRCode.toString(transfer.qr_payload, { type: "svg", errorCorrectionLevel: "M", margin: 2 })
  const amount = formatVnd(transfer.amount)
  const bank = [transfer.bank.short_name, transfer.bank.name].filter(Boolean).join(" – ") || transfer.bank.bin

  return (
    <section aria-labelledby="bank-transfer-heading" className="flex flex-col gap-4 rounded-2xl border border-emerald-700 p-6">
      <h2 id="bank-transfer-heading" className="text-xl font-bold">
        Chuyển khoản để hoàn tất đơn hàng
      </h2>
      <p className="text-stone-700">
        Quét mã bằng ứng dụng ngân hàng: số tiền và nội dung đã điền sẵn. Đơn hàng được gửi đi khi chúng tôi nhận được tiền; vui
        lòng giữ đúng nội dung chuyển khoản.
      </p>
      <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
        <div
          role="img"
          aria-label={`Mã VietQR chuyển ${amount} tới tài khoản ${transfer.account_number}, nội dung ${transfer.memo}`}
          className="size-56 shrink-0 self-center bg-white [&>svg]:size-full"
          // The SVG is made here from the backend's payload by the qrcode package: no shopper text in it.
          // biome-ignore lint/security/noDangerouslySetInnerHtml: markup generated server-side by qrcode
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="text-stone-700">Số tiền</dt>
          <dd className="font-bold" data-testid="transfer-amount">
            {amount}
          </dd>
          <dt className="text-stone-700">Nội dung</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <span className="font-mono font-bold" data-testid="transfer-memo">
              {transfer.memo}
            </span>
            <CopyButton value={transfer.memo} label="nội dung chuyển khoản" />
          </dd>
          <dt className="text-stone-700">Ngân hàng</dt>
          <dd>{bank}</dd>
          <dt className="text-stone-700">Số tài khoản</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <span className="font-mono font-bold" data-testid="transfer-account-number">
              {transfer.account_number}
            </span>
            <CopyButton value={transfer.account_number} label="số tài khoản" />
          </dd>
          <dt className="text-stone-700">Chủ tài khoản</dt>
          <dd>{transfer.account_name}</dd>
        </dl>
      </div>
    </section>
  )
}
