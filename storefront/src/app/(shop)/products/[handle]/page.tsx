import type { HttpTypes } from "@medusajs/types"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { preload } from "react-dom"
import { connection } from "next/server"
import { listCertificates } from "@/lib/data/certificates"
import { getProductByHandle } from "@/lib/data/products"
import { formatVnd } from "@/lib/format"
import { certifiedStars, coveredVariants } from "@/modules/ocop/certificates"
import CertificatePanel from "@/modules/ocop/components/certificate-panel"
import ProducerPanel from "@/modules/ocop/components/producer-panel"
import StarBadge from "@/modules/ocop/components/star-badge"
import { readOcop } from "@/modules/ocop/metadata"
import ProductActions, { type VariantChoice } from "@/modules/products/components/product-actions"
import { variantPrice } from "@/modules/products/price"
import { stockState } from "@/modules/products/stock"

async function loadProduct(
  params: PageProps<"/products/[handle]">["params"],
): Promise<HttpTypes.StoreProduct> {
  await connection()
  const { handle } = await params
  const product = await getProductByHandle(handle)
  if (!product) notFound()
  return product
}

/** The meta description: the product's own text, or who made it and where when it has none. */
function summary(product: HttpTypes.StoreProduct): string {
  const ocop = readOcop(product.metadata)
  const origin = [ocop.producerName, ocop.province].filter(Boolean).join(", ")
  const text =
    product.description?.trim() ||
    `${product.title}${ocop.stars ? ` – sản phẩm OCOP ${ocop.stars} sao` : ""}${origin ? ` của ${origin}` : ""}.`
  return text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text
}

export async function generateMetadata({ params }: PageProps<"/products/[handle]">): Promise<Metadata> {
  const product = await loadProduct(params)
  return {
    title: product.title,
    description: summary(product),
    openGraph: {
      title: product.title,
      description: summary(product),
      images: product.thumbnail ? [{ url: product.thumbnail, width: 800, height: 800 }] : undefined,
    },
  }
}

export default async function ProductPage({ params }: PageProps<"/products/[handle]">) {
  const product = await loadProduct(params)
  const certificates = await listCertificates(product.id)
  const ocop = readOcop(product.metadata)
  const stars = certifiedStars(certificates) ?? ocop.stars
  // Only packagings a valid certificate covers may be sold; the others are not offered at all.
  const forSale = coveredVariants(product.variants, certificates)
  const mainImage = product.thumbnail ?? product.images?.[0]?.url ?? null
  const moreImages = (product.images ?? []).filter((image) => image.url !== mainImage)
  // The main picture is what a shopper waits for (the LCP element): fetch it from <head>, first.
  if (mainImage) preload(mainImage, { as: "image", fetchPriority: "high" })
  const variants: VariantChoice[] = forSale.map((variant) => {
    const price = variantPrice(variant)
    return {
      id: variant.id,
      title: variant.title ?? product.title,
      price: price === null ? null : formatVnd(price),
      stock: stockState(variant),
    }
  })

  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description ?? undefined,
    image: mainImage ?? undefined,
    brand: ocop.producerName ? { "@type": "Brand", name: ocop.producerName } : undefined,
    offers: forSale.flatMap((variant) => {
      const price = variantPrice(variant)
      return price === null
        ? []
        : [
            {
              "@type": "Offer",
              name: variant.title,
              price,
              priceCurrency: "VND",
              availability:
                stockState(variant) === "out_of_stock"
                  ? "https://schema.org/OutOfStock"
                  : "https://schema.org/InStock",
            },
          ]
    }),
  }

  return (
    <article>
      <script
        type="application/ld+json"
        // Escape "<" so a product text can never close the script element.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
      />
      <nav aria-label="Đường dẫn" className="mb-4 text-sm text-stone-600">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/" className="underline">
              Trang chủ
            </Link>{" "}
            /
          </li>
          <li>
            <Link href="/products" className="underline">
              Sản phẩm
            </Link>{" "}
            /
          </li>
          <li aria-current="page">{product.title}</li>
        </ol>
      </nav>

      <div className="grid gap-8 md:grid-cols-2">
        <div className="flex flex-col gap-3">
          {mainImage ? (
            <img
              src={mainImage}
              alt={product.title}
              width={800}
              height={800}
              fetchPriority="high"
              className="aspect-square w-full rounded-lg bg-stone-100 object-cover"
            />
          ) : (
            <div className="aspect-square w-full rounded-lg bg-stone-100" />
          )}
          {moreImages.length > 0 && (
            <ul className="grid grid-cols-4 gap-2">
              {moreImages.map((image, index) => (
                <li key={image.id}>
                  <img
                    src={image.url}
                    alt={`${product.title} – ảnh ${index + 2}`}
                    width={800}
                    height={800}
                    loading="lazy"
                    decoding="async"
                    className="aspect-square w-full rounded bg-stone-100 object-cover"
                  />
                </li>
              ))}
            </ul>
          )}
        </div>

        <div className="flex flex-col gap-5">
          <div className="flex flex-col gap-2">
            {stars && (
              <p>
                <StarBadge stars={stars} size="md" />
              </p>
            )}
            <h1 className="text-3xl font-bold leading-tight">{product.title}</h1>
            {ocop.producerName && (
              <p className="text-stone-700">
                {ocop.producerName}
                {ocop.province && ` · ${[ocop.commune, ocop.province].filter(Boolean).join(", ")}`}
              </p>
            )}
          </div>

          {variants.length > 0 ? (
            <ProductActions
              productId={product.id}
              optionTitle={product.options?.[0]?.title ?? "Quy cách"}
              variants={variants}
            />
          ) : (
            <p className="font-semibold text-red-700">Sản phẩm tạm ngừng bán.</p>
          )}

          <ProducerPanel ocop={ocop} category={product.categories?.[0]?.name} />

          <CertificatePanel certificates={certificates} />

          {product.description && (
            <section aria-labelledby="description-heading">
              <h2 id="description-heading" className="mb-2 text-xl font-bold">
                Mô tả sản phẩm
              </h2>
              <p className="whitespace-pre-line leading-relaxed text-stone-800">{product.description}</p>
            </section>
          )}
        </div>
      </div>
    </article>
  )
}
