import Link from "next/link"
import { unstable_rethrow } from "next/navigation"
import { Suspense } from "react"
import { getCartItemCount } from "@/lib/data/cart"
import { currentCustomer } from "@/lib/data/customer"
import SearchCombobox from "./search-combobox"

// Small type on phones keeps the brand, the catalog and the cart on one line down to 360 px.
// The shop's links do not prefetch: every page renders per request (see ProductCard).
const navLink = "rounded px-1.5 py-2 text-sm font-semibold hover:bg-stone-100 sm:px-3 sm:text-base"

export default function Header() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3 md:flex-nowrap">
        <Link href="/" prefetch={false} className="text-base font-bold whitespace-nowrap text-emerald-800 sm:text-lg">
          Đặc sản <span className="text-amber-700">OCOP</span>
        </Link>
        {/* A plain GET form: it needs no JavaScript and lands on the catalog's shareable URL; with it, suggestions while typing. */}
        <form action="/products" role="search" className="order-last flex w-full md:order-none md:max-w-sm md:flex-1">
          <label htmlFor="site-search" className="sr-only">
            Tìm sản phẩm OCOP
          </label>
          <SearchCombobox id="site-search" />
          <button type="submit" className="rounded-r-lg bg-emerald-700 px-4 py-2 font-semibold text-white hover:bg-emerald-800">
            Tìm
          </button>
        </form>
        <nav aria-label="Điều hướng chính">
          <ul className="flex items-center whitespace-nowrap sm:gap-1">
            <li>
              <Link href="/products" prefetch={false} className={navLink}>
                Sản phẩm
              </Link>
            </li>
            {/* Shown where they fit beside the search box; narrower screens reach both from the footer. */}
            <li className="hidden lg:block">
              <Link href="/showrooms" prefetch={false} className={navLink}>
                Điểm bán OCOP
              </Link>
            </li>
            <li className="hidden sm:block">
              <Link href="/ve-ocop" prefetch={false} className={navLink}>
                Về OCOP
              </Link>
            </li>
            <li>
              <Suspense fallback={<AccountLink name={null} />}>
                <AccountState />
              </Suspense>
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

/** "Đăng nhập", or the logged-in customer's name leading to the account. */
async function AccountState() {
  let name: string | null = null
  try {
    const customer = await currentCustomer()
    name = customer ? customer.first_name || customer.email : null
  } catch (error) {
    unstable_rethrow(error)
    console.error("Account state unavailable:", error)
  }
  return <AccountLink name={name} />
}

function AccountLink({ name }: { name: string | null }) {
  return name ? (
    <Link
      href="/tai-khoan"
      prefetch={false}
      className={`inline-block max-w-32 truncate align-bottom ${navLink}`}
      title="Tài khoản của tôi"
    >
      <span className="sr-only">Tài khoản: </span>
      {name}
    </Link>
  ) : (
    <Link href="/tai-khoan/dang-nhap" prefetch={false} className={navLink}>
      Đăng nhập
    </Link>
  )
}

function CartLink({ count }: { count: number | null }) {
  return (
    <Link href="/cart" prefetch={false} className={`inline-flex items-center gap-2 ${navLink}`}>
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
