"use client"

import Link from "next/link"

// Most often the backend is unreachable: say so plainly and offer a retry, never a stack trace.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-start gap-4 py-10">
      <h1 className="text-3xl font-bold">Cửa hàng tạm thời gián đoạn</h1>
      <p className="text-stone-700">
        Chúng tôi chưa tải được dữ liệu từ máy chủ. Giỏ hàng của bạn vẫn được giữ nguyên. Vui lòng thử lại sau
        ít phút.
      </p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-lg bg-emerald-700 px-5 py-2.5 font-semibold text-white hover:bg-emerald-800"
        >
          Thử lại
        </button>
        <Link
          href="/"
          className="rounded-lg border border-stone-400 px-5 py-2.5 font-semibold hover:bg-stone-100"
        >
          Về trang chủ
        </Link>
      </div>
    </div>
  )
}
