import type { Metadata } from "next"
import Link from "next/link"
import { connection } from "next/server"
import { listShowrooms } from "@/lib/data/showroom-directory"
import ShowroomCard from "@/modules/showroom-directory/components/showroom-card"
import { groupByProvince } from "@/modules/showroom-directory/group"

const TITLE = "Điểm giới thiệu và bán sản phẩm OCOP"

export const metadata: Metadata = {
  title: TITLE,
  description:
    "Các điểm giới thiệu và bán sản phẩm OCOP tại nhà ga, trạm dừng nghỉ, chợ, điểm du lịch và làng nghề: địa chỉ, giờ mở cửa và số điện thoại, theo từng tỉnh.",
  openGraph: { title: TITLE },
}

export default async function ShowroomsPage() {
  await connection()
  const groups = groupByProvince(await listShowrooms())

  return (
    <article className="flex flex-col gap-8">
      <header className="flex max-w-3xl flex-col gap-3">
        <h1 className="text-3xl font-bold">{TITLE}</h1>
        <p className="text-lg text-stone-700">
          Mua tận tay sản phẩm OCOP tại nhà ga, trạm dừng nghỉ, chợ, điểm du lịch và làng nghề. Điểm bán chỉ nhận ký gửi sản phẩm
          có giấy chứng nhận OCOP còn hiệu lực, của nhà sản xuất đã được duyệt.
        </p>
      </header>

      {groups.length === 0 ? (
        <p className="rounded-lg bg-stone-50 p-6 text-stone-700">
          Hiện chưa có điểm bán nào mở cửa.{" "}
          <Link href="/products" className="font-semibold text-emerald-800 underline">
            Mua sản phẩm OCOP trực tuyến
          </Link>
        </p>
      ) : (
        groups.map(({ province, showrooms }) => {
          const headingId = `province-${province}`.replace(/\s+/g, "-")
          return (
            <section key={province} aria-labelledby={headingId} className="flex flex-col gap-4">
              <h2 id={headingId} className="text-2xl font-bold">
                {province} <span className="font-normal text-stone-600">({showrooms.length})</span>
              </h2>
              <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                {showrooms.map((showroom) => (
                  <li key={showroom.id} className="flex">
                    <ShowroomCard showroom={showroom} />
                  </li>
                ))}
              </ul>
            </section>
          )
        })
      )}
    </article>
  )
}
