import type { Metadata } from "next"
import { BATCHES_PAGE_SIZE, listAllProducts, listBatches } from "@/lib/data/producer-portal"
import { parsePage } from "@/modules/common/paging"
import { packagingOptions } from "@/modules/traceability/batch-form"
import BatchesTemplate from "@/modules/traceability/templates/batches-template"

export const metadata: Metadata = { title: "Lô sản xuất & tem" }

export default async function BatchesPage({ searchParams }: PageProps<"/producer/batches">) {
  const page = parsePage((await searchParams).page)
  const [{ batches, count }, products] = await Promise.all([
    listBatches({ offset: (page - 1) * BATCHES_PAGE_SIZE }),
    listAllProducts(),
  ])
  const packagings = packagingOptions(products)
  return <BatchesTemplate batches={batches} count={count} page={page} packagings={packagings} />
}
