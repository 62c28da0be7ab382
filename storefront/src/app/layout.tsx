import type { Metadata, Viewport } from "next"
import "./globals.css"

export const metadata: Metadata = {
  title: { default: "Đặc sản OCOP – Mua tận gốc từ nhà sản xuất", template: "%s · Đặc sản OCOP" },
  description:
    "Chợ trực tuyến cho đặc sản địa phương đạt chứng nhận OCOP (Mỗi xã một sản phẩm): kẹo cu đơ, mật ong, nước mắm… mua trực tiếp từ hộ sản xuất, hợp tác xã và doanh nghiệp.",
  applicationName: "Đặc sản OCOP",
}

export const viewport: Viewport = { themeColor: "#047857" }

export default function RootLayout({ children }: LayoutProps<"/">) {
  return (
    <html lang="vi">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Bỏ qua đến nội dung chính
        </a>
        {/* Each section brings its own frame and <main id="main">: the shop's (app/(shop)/layout.tsx) or
            the producer portal's (app/producer). */}
        {children}
      </body>
    </html>
  )
}
