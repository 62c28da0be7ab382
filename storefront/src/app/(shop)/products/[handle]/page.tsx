import type { HttpTypes } from "@medusajs/types"
import type { Metadata } from "next"
import { notFound, unstable_rethrow } from "next/navigation"
import { preload } from "react-dom"
import { connection } from "next/server"
import { listCertificates } from "@/lib/data/certificates"
import { getProductProducer } from "@/lib/data/producers"
import { getProductByHandle } from "@/lib/data/products"
import { listProductShowrooms } from "@/lib/data/showrooms"
import { formatVnd } from "@/lib/format"
import Breadcrumbs from "@/modules/layout/components/breadcrumbs"
import { bestCertificate, coveredVariants } from "@/modules/ocop/certificates"
import CertificatePanel from "@/modules/ocop/components/certificate-panel"
import ProducerPanel from "@/modules/ocop/components/producer-panel"
import StarBadge from "@/modules/ocop/components/star-badge"
import { isStars } from "@/modules/ocop/stars"
import ProductActions, { type VariantChoice } from "@/modules/products/components/product-actions"
import { variantPrice } from "@/modules/products/price"
import { stockState } from "@/modules/products/stock"
import { productSummary } from "@/modules/products/summary"
import AvailableAt from "@/modules/showrooms/components/available-at"
import type { ShowroomStocking } from "@/modules/showrooms/types"

async function loadProduct(
  params: PageProps<"/products/[handle]">["params"],
): Promise<HttpTypes.StoreProduct> {
  await connection()
  const { handle } = await params
  const product = await getProductByHandle(handle)
  if (!product) notFound()
  return product
}

/**
 * Who makes it (from the producer module, not product metadata) and what its valid certificates grant.
 * Both the page and generateMetadata call this; the cached fetches are shared within a request.
 */
async function loadOcop(product: HttpTypes.StoreProduct) {
  const [certificates, producer] = await Promise.all([listCertificates(product.id), getProductProducer(product.id)])
  const best = bestCertificate(certificates)
  return { certificates, producer, best, stars: best && isStars(best.stars) ? best.stars : null }
}

/** Where the product is on a showroom's shelf; none when that cannot be read, so the page still sells online. */
async function loadShowrooms(productId: string): Promise<ShowroomStocking[]> {
  try {
    return await listProductShowrooms(productId)
  } catch (error) {
    unstable_rethrow(error) // let Next.js see its own signals (e.g. "this render is dynamic")
    console.error("Showrooms of the product unavailable:", error)
    return []
  }
}

export async function generateMetadata({ params }: PageProps<"/products/[handle]">): Promise<Metadata> {
  const product = await loadProduct(params)
  const { producer, stars } = await loadOcop(product)
  const description = productSummary(product, producer, stars)
  return {
    title: product.title,
    description,
    openGraph: {
      title: product.title,
      description,
      images: product.thumbnail ? [{ url: product.thumbnail, width: 800, height: 800 }] : undefined,
    },
  }
}

export default async function ProductPage({ params }: PageProps<"/products/[handle]">) {
  const product = await loadProduct(params)
  const [{ certificates, producer, best, stars }, showrooms] = await Promise.all([
    loadOcop(product),
    loadShowrooms(product.id),
  ])
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
    brand: producer ? { "@type": "Brand", name: producer.name } : undefined,
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
      <Breadcrumbs current={product.title} className="mb-4" />

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
            {producer && (
              <p className="text-stone-700">
                {[producer.name, [producer.commune, producer.province].filter(Boolean).join(", ")]
                  .filter(Boolean)
                  .join(" · ")}
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

          <ProducerPanel producer={producer} certificate={best} category={product.categories?.[0]?.name} />

          <CertificatePanel certificates={certificates} />

          <AvailableAt showrooms={showrooms} />

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
