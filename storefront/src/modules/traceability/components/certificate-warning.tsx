import type { CertificateStatus } from "@ocop/contracts"

/** Why the product is no longer certified, as the heading of the warning says it. */
const TITLES: Record<Exclude<CertificateStatus, "valid">, string> = {
  revoked: "Giấy chứng nhận OCOP của sản phẩm đã bị thu hồi",
  suspended: "Giấy chứng nhận OCOP của sản phẩm đang bị tạm đình chỉ",
  expired: "Giấy chứng nhận OCOP của sản phẩm đã hết hạn",
}

/**
 * Above everything else on a trace page whose product is no longer certified: a valid stamp says where
 * the unit came from, not that it is still an OCOP product. Red, with a symbol and in words.
 */
export default function CertificateWarning({ status }: { status: CertificateStatus }) {
  if (status === "valid") return null
  return (
    <section role="alert" className="flex gap-3 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
      <span
        aria-hidden="true"
        className="flex size-10 shrink-0 items-center justify-center rounded-full bg-red-700 text-xl font-bold text-white"
      >
        ✕
      </span>
      <div className="flex flex-col gap-2">
        <h2 className="text-xl leading-snug font-bold">{TITLES[status]}</h2>
        <p>
          Sản phẩm này hiện không được công nhận là sản phẩm OCOP và không được bán với nhãn OCOP. Thông tin lô hàng dưới đây chỉ
          cho biết nguồn gốc.
        </p>
      </div>
    </section>
  )
}
