import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getOrder } from "@/lib/data/producer-portal"
import OrderTemplate from "@/modules/producer-portal/templates/order-template"

export const metadata: Metadata = { title: "Chi tiết đơn hàng" }

export default async function OrderPage({ params }: PageProps<"/producer/orders/[id]">) {
  const detail = await getOrder((await params).id)
  if (!detail) notFound()
  return <OrderTemplate order={detail.order} batchChoices={detail.batch_choices} />
}
