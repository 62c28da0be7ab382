import type { Metadata } from "next"
import { listPickups } from "@/lib/data/showroom-counter"
import PickupList from "@/modules/showroom-counter/components/pickup-list"

export const metadata: Metadata = { title: "Đơn nhận tại quầy" }

export default async function PickupsPage() {
  const pickups = await listPickups()
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">Đơn nhận tại quầy</h1>
        <p className="text-stone-700">
          Khách đặt online và đến quầy nhận. Hàng của các đơn này đã được giữ trên kệ: không bán cho khách khác.
        </p>
      </div>
      <PickupList pickups={pickups} />
    </div>
  )
}
