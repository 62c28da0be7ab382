import type { Metadata } from "next"
import Link from "next/link"

export const metadata: Metadata = {
  title: "Không tìm thấy trang",
  description: "Trang hoặc sản phẩm bạn tìm không tồn tại hoặc đã ngừng bán.",
}

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-start gap-4 py-10">
      <p className="font-semibold text-emerald-800">Lỗi 404</p>
      <h1 className="text-3xl font-bold">Không tìm thấy trang</h1>
      <p className="text-stone-700">
        Trang hoặc sản phẩm bạn tìm không tồn tại, hoặc sản phẩm đã ngừng bán (ví dụ khi chứng nhận OCOP hết
        hạn).
      </p>
      <div className="flex flex-wrap gap-3">
        <Link
          href="/products"
          className="rounded-lg bg-emerald-700 px-5 py-2.5 font-semibold text-white hover:bg-emerald-800"
        >
          Xem sản phẩm đang bán
        </Link>
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
