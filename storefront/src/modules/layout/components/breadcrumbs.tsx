import Link from "next/link"

/** Trang chủ / Sản phẩm / this page: the trail above a product's page and a producer's. */
export default function Breadcrumbs({ current, className }: { current: string; className: string }) {
  return (
    <nav aria-label="Đường dẫn" className={`${className} text-sm text-stone-600`}>
      <ol className="flex flex-wrap gap-1">
        <li>
          <Link href="/" prefetch={false} className="underline">
            Trang chủ
          </Link>{" "}
          /
        </li>
        <li>
          <Link href="/products" prefetch={false} className="underline">
            Sản phẩm
          </Link>{" "}
          /
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  )
}
