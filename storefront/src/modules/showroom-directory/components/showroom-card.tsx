import { showroomPlace, telHref } from "@/modules/showroom-directory/group"
import { type PublicShowroom, siteTypeLabel } from "@ocop/contracts"

/** One showroom of the public list; its handle is the anchor product pages link to (/showrooms#handle). */
export default function ShowroomCard({ showroom }: { showroom: PublicShowroom }) {
  const headingId = `showroom-${showroom.handle}`
  return (
    <article
      id={showroom.handle}
      aria-labelledby={headingId}
      className="flex w-full scroll-mt-4 flex-col gap-3 rounded-lg border border-stone-200 p-4 target:border-emerald-700 target:ring-2 target:ring-emerald-700"
    >
      <div className="flex flex-col gap-1">
        <p className="text-sm font-semibold text-amber-800">{siteTypeLabel(showroom.site_type)}</p>
        <h3 id={headingId} className="text-lg font-bold leading-snug">
          {showroom.name}
        </h3>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-stone-800">
        <dt className="font-semibold text-stone-600">Địa chỉ</dt>
        <dd>{showroomPlace(showroom)}</dd>
        <dt className="font-semibold text-stone-600">Giờ mở cửa</dt>
        <dd>{showroom.opening_hours}</dd>
        {showroom.phone && (
          <>
            <dt className="font-semibold text-stone-600">Điện thoại</dt>
            <dd>
              <a href={telHref(showroom.phone)} className="font-semibold text-emerald-800 underline">
                {showroom.phone}
              </a>
            </dd>
          </>
        )}
      </dl>
    </article>
  )
}
