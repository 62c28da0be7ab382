import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { OWNER_TYPE_LABELS, type PublicProducer } from "@ocop/contracts"
import { getProducer, listProducerCards } from "@/lib/data/producer-profile"
import { clipDescription } from "@/lib/meta-description"
import Breadcrumbs from "@/modules/layout/components/breadcrumbs"
import ProducerCertificates from "@/modules/producer-profile/components/producer-certificates"
import { producerPlace } from "@/modules/producer-profile/place"
import { catalogHref, EMPTY_QUERY } from "@/modules/products/catalog-query"
import ProductGrid from "@/modules/products/components/product-grid"

async function loadProducer(params: PageProps<"/producers/[handle]">["params"]): Promise<PublicProducer> {
  await connection()
  const { handle } = await params
  const producer = await getProducer(handle)
  if (!producer) notFound()
  return producer
}

/** The meta description: the producer's own story, or who and where it is when it tells none. */
function summary(producer: PublicProducer): string {
  const ownerType = OWNER_TYPE_LABELS[producer.owner_type]
  const text =
    producer.story?.trim().replace(/\s+/g, " ") ||
    `${producer.name}${ownerType ? ` (${ownerType.toLocaleLowerCase("vi")})` : ""} tại ${producerPlace(producer)}: sản phẩm đạt chứng nhận OCOP, mua trực tiếp từ nhà sản xuất.`
  return clipDescription(text)
}

export async function generateMetadata({ params }: PageProps<"/producers/[handle]">): Promise<Metadata> {
  const producer = await loadProducer(params)
  const description = summary(producer)
  return {
    title: producer.name,
    description,
    openGraph: {
      title: producer.name,
      description,
      images: producer.logo_url ? [{ url: producer.logo_url, alt: producer.name }] : undefined,
    },
  }
}

export default async function ProducerPage({ params }: PageProps<"/producers/[handle]">) {
  const producer = await loadProducer(params)
  const { cards, count } = await listProducerCards(producer.handle)
  const productHandles = new Map(cards.map((card) => [card.id, card.handle]))
  const ownerType = OWNER_TYPE_LABELS[producer.owner_type]
  const place = producerPlace(producer)

  return (
    <article className="flex flex-col gap-10">
      <Breadcrumbs current={producer.name} className="-mb-6" />

      <header className="flex flex-col gap-5 sm:flex-row sm:items-center">
        {producer.logo_url && (
          <img
            src={producer.logo_url}
            alt={`Logo ${producer.name}`}
            width={112}
            height={112}
            className="size-24 shrink-0 rounded-xl border border-stone-200 bg-white object-contain sm:size-28"
          />
        )}
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold leading-tight">{producer.name}</h1>
          <p className="text-lg text-stone-700">{[ownerType, place].filter(Boolean).join(" · ")}</p>
        </div>
      </header>

      {producer.story?.trim() && (
        <section aria-labelledby="producer-story-heading" className="max-w-3xl">
          <h2 id="producer-story-heading" className="mb-2 text-2xl font-bold">
            Câu chuyện của chúng tôi
          </h2>
          <p className="whitespace-pre-line leading-relaxed text-stone-800">{producer.story.trim()}</p>
        </section>
      )}

      <ProducerCertificates certificates={producer.certificates} productHandles={productHandles} />

      <section aria-labelledby="producer-products-heading" className="flex flex-col gap-4">
        <h2 id="producer-products-heading" className="text-2xl font-bold">
          Sản phẩm đang bán <span className="font-normal text-stone-600">({count})</span>
        </h2>
        {cards.length > 0 ? (
          <ProductGrid cards={cards} wide />
        ) : (
          <p className="rounded-lg bg-stone-50 p-6 text-stone-700">Nhà sản xuất chưa có sản phẩm nào đang bán.</p>
        )}
        {count > cards.length && (
          <Link
            href={catalogHref({ ...EMPTY_QUERY, producers: [producer.handle] })}
            className="self-start font-semibold text-emerald-800 underline"
          >
            Xem tất cả {count} sản phẩm trong danh mục
          </Link>
        )}
      </section>
    </article>
  )
}
