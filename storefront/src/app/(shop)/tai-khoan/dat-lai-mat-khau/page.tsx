import type { Metadata } from "next"
import Link from "next/link"
import { resetPasswordAction } from "@/modules/account/actions/auth"
import NewPasswordForm from "@/modules/account/components/new-password-form"

export const metadata: Metadata = { title: "Đặt lại mật khẩu", robots: { index: false } }

/** Opened from the e-mailed link (`?token=…&email=…`); the backend decides whether the token still holds. */
export default async function ResetPasswordPage({ searchParams }: PageProps<"/tai-khoan/dat-lai-mat-khau">) {
  const { token, email } = await searchParams
  const link = typeof token === "string" && typeof email === "string" && token && email ? { token, email } : null
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold">Đặt lại mật khẩu</h1>
      {link ? (
        <>
          <p className="text-stone-700">Đặt mật khẩu mới cho {link.email}.</p>
          <NewPasswordForm action={resetPasswordAction.bind(null, link)} />
        </>
      ) : (
        <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-3 font-semibold text-red-800">
          Liên kết không đầy đủ. Hãy mở đúng liên kết trong email, hoặc{" "}
          <Link href="/tai-khoan/quen-mat-khau" className="underline">
            yêu cầu liên kết mới
          </Link>
          .
        </p>
      )}
    </div>
  )
}
