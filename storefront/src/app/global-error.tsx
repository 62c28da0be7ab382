"use client"

import ErrorNotice, { RetryButton } from "@/modules/common/components/error-notice"
import "./globals.css"

// Replaces the root layout when that fails, so it brings its own document and styles.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="vi">
      <body>
        <title>Cửa hàng tạm thời gián đoạn · Đặc sản OCOP</title>
        <main className="mx-auto max-w-xl px-4 py-16">
          <ErrorNotice title="Cửa hàng tạm thời gián đoạn" actions={<RetryButton retry={retry} />}>
            Chúng tôi chưa tải được dữ liệu từ máy chủ. Giỏ hàng của bạn vẫn được giữ nguyên. Vui lòng thử lại sau ít phút.
          </ErrorNotice>
        </main>
      </body>
    </html>
  )
}
