import type { Metadata } from "next"
import { verifyEmailAction } from "@/modules/account/actions/account"
import PressForm from "@/modules/account/components/press-form"
import { primaryButton } from "@/modules/common/components/fields"

export const metadata: Metadata = { title: "Xác minh email", robots: { index: false } }

/** Opened from the e-mailed link (`?token=…&email=…`). */
export default async function VerifyEmailPage({ searchParams }: PageProps<"/tai-khoan/xac-minh-email">) {
  const { token, email } = await searchParams
  const link = typeof token === "string" && typeof email === "string" && token && email ? { token, email } : null
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Xác minh email</h1>
      {link ? (
        <>
          <p className="text-stone-700">
            Xác nhận {link.email} là email của bạn. Các đơn hàng đã đặt bằng email này khi chưa có tài khoản sẽ hiện trong tài
            khoản.
          </p>
          <PressForm action={verifyEmailAction.bind(null, link)} label="Xác minh email" className={primaryButton} />
        </>
      ) : (
        <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-3 font-semibold text-red-800">
          Liên kết không đầy đủ. Hãy mở đúng liên kết trong email.
        </p>
      )}
    </div>
  )
}
