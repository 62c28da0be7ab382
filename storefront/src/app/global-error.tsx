"use client"

import "./globals.css"

// Replaces the root layout when that fails, so it brings its own document and styles.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="vi">
      <body>
        <title>Cửa hàng tạm thời gián đoạn · Đặc sản OCOP</title>
        <main className="mx-auto flex max-w-xl flex-col items-start gap-4 px-4 py-16">
          <h1 className="text-3xl font-bold">Cửa hàng tạm thời gián đoạn</h1>
          <p className="text-stone-700">
            Chúng tôi chưa tải được dữ liệu từ máy chủ. Giỏ hàng của bạn vẫn được giữ nguyên. Vui lòng thử lại
            sau ít phút.
          </p>
          <button
            type="button"
            onClick={() => retry()}
            className="rounded-lg bg-emerald-700 px-5 py-2.5 font-semibold text-white hover:bg-emerald-800"
          >
            Thử lại
          </button>
        </main>
      </body>
    </html>
  )
}
