import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { connection } from "next/server"
import { getBatchTrace } from "@/lib/data/trace"
import TraceTemplate from "@/modules/traceability/templates/trace-template"

// Linked from the order of a shopper who received the batch; the certificate's state is read fresh.
export const metadata: Metadata = {
  title: "Truy xuất nguồn gốc lô hàng",
  robots: { index: false },
}

export default async function BatchTracePage({ params }: PageProps<"/trace/lo/[id]">) {
  await connection()
  const trace = await getBatchTrace((await params).id)
  if (!trace) notFound()
  return <TraceTemplate trace={trace} />
}
