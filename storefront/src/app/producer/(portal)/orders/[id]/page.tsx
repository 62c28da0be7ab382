import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getOrder } from "@/lib/data/producer-portal"
import OrderTemplate from "@/modules/producer-portal/templates/order-template"

export const metadata: Metadata = { title: "Chi tiết đơn hàng" }

export default async function OrderPage({ params }: PageProps<"/producer/orders/[id]">) {
  const order = await getOrder((await params).id)
  if (!order) notFound()
  return <OrderTemplate order={order} />
}
