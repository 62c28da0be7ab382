import Link from "next/link"
import { showroomPlace } from "@/modules/showroom-directory/group"
import type { ShowroomStocking } from "@ocop/contracts"

/** "Có bán tại": the showrooms with this product on their shelf now; nothing at all when there are none. */
export default function AvailableAt({ showrooms }: { showrooms: ShowroomStocking[] }) {
  if (showrooms.length === 0) return null
  return (
    <section aria-labelledby="available-at-heading" className="flex flex-col gap-3">
      <h2 id="available-at-heading" className="text-xl font-bold">
        Có bán tại
      </h2>
      <p className="text-stone-700">Mua trực tiếp tại các điểm giới thiệu và bán sản phẩm OCOP:</p>
      <ul className="flex flex-col gap-3">
        {showrooms.map((showroom) => (
          <li key={showroom.id} className="flex flex-col gap-1 rounded-lg border border-stone-200 p-4">
            <Link href={`/showrooms#${showroom.handle}`} className="font-semibold text-emerald-800 underline">
              {showroom.name}
            </Link>
            <span className="text-stone-800">{showroomPlace(showroom)}</span>
            <span className="text-sm text-stone-700">Giờ mở cửa: {showroom.opening_hours}</span>
            {showroom.packagings.length > 0 && (
              <span className="text-sm text-stone-700">Quy cách có sẵn: {showroom.packagings.join(", ")}</span>
            )}
          </li>
        ))}
      </ul>
      <Link href="/showrooms" className="self-start text-sm font-semibold text-emerald-800 underline">
        Xem tất cả điểm bán OCOP
      </Link>
    </section>
  )
}
