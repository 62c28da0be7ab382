import { preload } from "react-dom"
import { formatVnd, type ProductDetail } from "@ocop/contracts"
import Breadcrumbs from "@/modules/layout/components/breadcrumbs"
import { bestCertificate } from "@/modules/ocop/certificates"
import CertificatePanel from "@/modules/ocop/components/certificate-panel"
import ProducerPanel from "@/modules/ocop/components/producer-panel"
import StarBadge from "@/modules/ocop/components/star-badge"
import { isStars } from "@/modules/ocop/stars"
import ProductActions, { type VariantChoice } from "@/modules/products/components/product-actions"
import { packagingStock } from "@/modules/products/detail"
import AvailableAt from "@/modules/showroom-directory/components/available-at"

/**
 * A listed product: pictures, the packagings to buy, producer, certificates, the showrooms holding it and
 * its description, with its schema.org Product for search engines.
 */
export default function ProductTemplate({ product }: { product: ProductDetail }) {
  const { certificates, producer, showrooms, packagings } = product
  const best = bestCertificate(certificates)
  const stars = isStars(product.stars) ? product.stars : null
  const mainImage = product.thumbnail ?? product.images[0] ?? null
  const moreImages = product.images.filter((url) => url !== mainImage)
  // The main picture is what a shopper waits for (the LCP element): fetch it from <head>, first.
  if (mainImage) preload(mainImage, { as: "image", fetchPriority: "high" })
  // Only packagings a valid certificate covers are sold; the read model offers no others.
  const variants: VariantChoice[] = packagings.map((packaging) => ({
    id: packaging.id,
    title: packaging.title,
    price: packaging.price === null ? null : formatVnd(packaging.price),
    stock: packagingStock(packaging),
  }))

  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description ?? undefined,
    image: mainImage ?? undefined,
    brand: producer ? { "@type": "Brand", name: producer.name } : undefined,
    offers: packagings.flatMap((packaging) =>
      packaging.price === null
        ? []
        : [
            {
              "@type": "Offer",
              name: packaging.title,
              price: packaging.price,
              priceCurrency: "VND",
              availability:
                packagingStock(packaging) === "out_of_stock" ? "https://schema.org/OutOfStock" : "https://schema.org/InStock",
            },
          ]
    ),
  }

  return (
    <article>
      <script
        type="application/ld+json"
        // Escape "<" so a product text can never close the script element.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be inline; the "<" escape above makes it inert
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
              {moreImages.map((url, index) => (
                <li key={url}>
                  <img
                    src={url}
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
                {[producer.name, [producer.commune, producer.province].filter(Boolean).join(", ")].filter(Boolean).join(" · ")}
              </p>
            )}
          </div>

          {variants.length > 0 ? (
            <ProductActions productId={product.id} optionTitle={product.option_title} variants={variants} />
          ) : (
            <p className="font-semibold text-red-700">Sản phẩm tạm ngừng bán.</p>
          )}

          <ProducerPanel producer={producer} certificate={best} category={product.category ?? undefined} />

          <CertificatePanel certificates={certificates} standards={product.standards} />

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
