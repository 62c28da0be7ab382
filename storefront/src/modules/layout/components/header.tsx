import Link from "next/link"
import { unstable_rethrow } from "next/navigation"
import { Suspense } from "react"
import { getCartItemCount } from "@/lib/data/cart"

export default function Header() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-2 px-4 whitespace-nowrap">
        <Link href="/" className="text-lg font-bold text-emerald-800">
          Đặc sản <span className="text-amber-700">OCOP</span>
        </Link>
        <nav aria-label="Điều hướng chính">
          <ul className="flex items-center sm:gap-3">
            <li>
              <Link href="/products" className="rounded px-2 py-2 font-semibold hover:bg-stone-100 sm:px-3">
                Sản phẩm
              </Link>
            </li>
            <li>
              {/* The count needs the cart from the backend: stream it in, never hold up the page. */}
              <Suspense fallback={<CartLink count={null} />}>
                <CartCount />
              </Suspense>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}

async function CartCount() {
  let count: number | null = null
  try {
    count = await getCartItemCount()
  } catch (error) {
    unstable_rethrow(error) // let Next.js see its own signals (e.g. "this render is dynamic")
    // A header must not take the page down with it when the backend is unreachable.
    console.error("Cart count unavailable:", error)
  }
  return <CartLink count={count} />
}

function CartLink({ count }: { count: number | null }) {
  return (
    <Link
      href="/cart"
      className="inline-flex items-center gap-2 rounded px-2 py-2 font-semibold hover:bg-stone-100 sm:px-3"
    >
      Giỏ hàng
      {count !== null && (
        <span className="min-w-6 rounded-full bg-emerald-700 px-2 py-0.5 text-center text-sm text-white">
          {count}
          <span className="sr-only"> sản phẩm</span>
        </span>
      )}
    </Link>
  )
}
