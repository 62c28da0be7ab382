import type { Metadata } from "next"
import CounterSale from "@/modules/showroom-counter/components/counter-sale"

export const metadata: Metadata = { title: "Bán hàng" }

/** Bán hàng: the sale in progress lives in the browser; recording it is a server action. */
export default function SalePage() {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold print:sr-only">Bán hàng</h1>
      <CounterSale />
    </div>
  )
}
