import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { getProductDetail } from "@/lib/data/products"
import { isStars } from "@/modules/ocop/stars"
import type { ProductDetail } from "@ocop/contracts"
import { productSummary } from "@/modules/products/summary"
import ProductTemplate from "@/modules/products/templates/product-template"

/**
 * The product with everything its page shows (packagings a valid certificate covers, valid
 * certificates, producer, showrooms): one read, shared by the page and generateMetadata.
 */
async function loadProduct(params: PageProps<"/products/[handle]">["params"]): Promise<ProductDetail> {
  await connection()
  const { handle } = await params
  const product = await getProductDetail(handle)
  if (!product) notFound()
  return product
}

export async function generateMetadata({ params }: PageProps<"/products/[handle]">): Promise<Metadata> {
  const product = await loadProduct(params)
  const description = productSummary(product, product.producer, isStars(product.stars) ? product.stars : null)
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
  return <ProductTemplate product={await loadProduct(params)} />
}
