import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getMe, getProduct, listStandards } from "@/lib/data/producer-portal"
import {
  addVariantAction,
  publishStandardAction,
  updateProductAction,
  updateVariantAction,
} from "@/modules/producer-portal/actions/products"
import AddVariantForm from "@/modules/producer-portal/components/add-variant-form"
import BackLink from "@/modules/producer-portal/components/back-link"
import ListingBadge from "@/modules/producer-portal/components/listing-badge"
import ProductDetailsForm from "@/modules/producer-portal/components/product-details-form"
import StandardForm from "@/modules/producer-portal/components/standard-form"
import StandardVersions from "@/modules/producer-portal/components/standard-versions"
import VariantRowForm from "@/modules/producer-portal/components/variant-row-form"

export const metadata: Metadata = { title: "Sửa sản phẩm" }

const section = "flex flex-col gap-4 rounded-lg border border-stone-200 p-4 sm:p-6"

export default async function EditProductPage({ params, searchParams }: PageProps<"/producer/products/[id]">) {
  const [{ id }, { created }] = await Promise.all([params, searchParams])
  const [{ producer }, product] = await Promise.all([getMe(), getProduct(id)])
  if (!product) notFound()
  const standards = await listStandards(product.id)

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <BackLink href="/producer/products">Tất cả sản phẩm</BackLink>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{product.title}</h1>
        <p className="flex flex-wrap items-center gap-3">
          <ListingBadge product={product} producerStatus={producer.status} />
          {product.listed && (
            <Link href={`/products/${product.handle}`} className="text-sm font-semibold text-emerald-800 underline">
              Xem trên cửa hàng
            </Link>
          )}
        </p>
      </div>
      {created && (
        <p role="status" className="rounded-lg border border-emerald-700 bg-emerald-50 p-3 font-semibold text-emerald-900">
          Đã tạo sản phẩm. Sản phẩm sẽ được bán khi có giấy chứng nhận OCOP còn hiệu lực cho quy cách của nó.
        </p>
      )}

      <section aria-labelledby="details-heading" className={section}>
        <h2 id="details-heading" className="text-xl font-bold">
          Thông tin sản phẩm
        </h2>
        <ProductDetailsForm action={updateProductAction.bind(null, product.id)} product={product} />
      </section>
      <section aria-labelledby="packagings-heading" className={section}>
        <h2 id="packagings-heading" className="text-xl font-bold">
          Quy cách, giá và tồn kho
        </h2>
        <ul className="flex flex-col gap-3">
          {product.variants.map((variant) => (
            <li key={variant.id}>
              <VariantRowForm action={updateVariantAction.bind(null, product.id, variant.id)} variant={variant} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="new-packaging-heading" className={section}>
        <h2 id="new-packaging-heading" className="text-xl font-bold">
          Thêm quy cách
        </h2>
        <AddVariantForm action={addVariantAction.bind(null, product.id)} />
      </section>

      <section aria-labelledby="standards-heading" className={section}>
        <h2 id="standards-heading" className="text-xl font-bold">
          Tiêu chuẩn &amp; quy trình
        </h2>
        <p className="text-stone-700">
          Công bố tiêu chuẩn cơ sở (TCCS) và quy trình sản xuất của sản phẩm. Mỗi lần công bố là một phiên bản mới; các phiên bản
          cũ được giữ lại. Trang sản phẩm và trang truy xuất nguồn gốc hiển thị phiên bản đang áp dụng.
        </p>
        <StandardVersions standards={standards} />
        <h3 className="text-lg font-bold">Công bố phiên bản mới</h3>
        <StandardForm action={publishStandardAction.bind(null, product.id)} />
      </section>
    </div>
  )
}
