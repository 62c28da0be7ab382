import Link from "next/link"

export default function Footer() {
  return (
    <footer className="mt-12 border-t border-stone-200 bg-stone-50 text-sm text-stone-700">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 sm:flex-row sm:justify-between">
        <p>
          <strong className="font-semibold">Dữ liệu minh hoạ (demo).</strong> Giá, hình ảnh, mô tả và số lượng tồn kho không phải
          hàng bán thật.
        </p>
        <p>
          OCOP – Chương trình Mỗi xã một sản phẩm ·{" "}
          <Link href="/products" prefetch={false} className="underline hover:text-emerald-800">
            Tất cả sản phẩm
          </Link>{" "}
          ·{" "}
          <Link href="/showrooms" prefetch={false} className="underline hover:text-emerald-800">
            Điểm bán OCOP
          </Link>{" "}
          ·{" "}
          <Link href="/ve-ocop" prefetch={false} className="underline hover:text-emerald-800">
            Về OCOP
          </Link>{" "}
          ·{" "}
          <Link href="/tra-cuu-don-hang" prefetch={false} className="underline hover:text-emerald-800">
            Tra cứu đơn hàng
          </Link>
        </p>
      </div>
    </footer>
  )
}
