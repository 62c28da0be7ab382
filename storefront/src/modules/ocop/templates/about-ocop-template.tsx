import Link from "next/link"
import { productSetLabel } from "@/modules/ocop/certificates"
import CountTable from "@/modules/ocop/components/count-table"
import StarBadge from "@/modules/ocop/components/star-badge"
import { catalogHref, EMPTY_QUERY } from "@/modules/products/catalog-query"
import type { CatalogFacets } from "@ocop/contracts"
import { starCounts } from "@/modules/products/facets"

const STAR_BANDS = [
  { stars: 5 as const, points: "90–100 điểm" },
  { stars: 4 as const, points: "70–89 điểm" },
  { stars: 3 as const, points: "50–69 điểm" },
]

/**
 * "Về OCOP": what the stars, the certificates and this market's rule mean, with the catalog's own figures
 * (`count` listed products, `facets` counted by stars, product set and commune) linking into it.
 */
export default function AboutOcopTemplate({ count, facets }: { count: number; facets: CatalogFacets }) {
  return (
    <article className="flex max-w-3xl flex-col gap-10">
      <header className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">Về chương trình OCOP</h1>
        <p className="text-lg text-stone-700">
          OCOP – Chương trình <strong>Mỗi xã một sản phẩm</strong> (One Commune One Product) – là chương trình quốc gia đánh giá,
          phân hạng và công nhận những sản phẩm đặc trưng của từng địa phương, do hộ sản xuất, tổ hợp tác, hợp tác xã và doanh
          nghiệp làm ra.
        </p>
      </header>

      <section aria-labelledby="stars-heading" className="flex flex-col gap-4">
        <h2 id="stars-heading" className="text-2xl font-bold">
          Hạng sao nghĩa là gì
        </h2>
        <p className="leading-relaxed text-stone-800">
          Mỗi sản phẩm được hội đồng chấm theo bộ tiêu chí trên thang 100 điểm và xếp hạng từ 1 đến 5 sao (Quyết định 148/QĐ-TTg
          ngày 24/02/2023, giữ nguyên ở Quyết định 26/2026/QĐ-TTg).{" "}
          <strong>Chỉ sản phẩm đạt từ 3 sao trở lên mới được công nhận và cấp giấy chứng nhận OCOP</strong>; sản phẩm dưới 50 điểm
          (1–2 sao) không được công nhận.
        </p>
        <ul className="grid gap-3 sm:grid-cols-3">
          {STAR_BANDS.map(({ stars, points }) => (
            <li key={stars} className="flex flex-col items-start gap-2 rounded-lg border border-stone-200 p-4">
              <StarBadge stars={stars} size="md" />
              <span className="font-semibold">{points}</span>
            </li>
          ))}
        </ul>
        <p className="leading-relaxed text-stone-800">
          Từ ngày 06/07/2025, sản phẩm 3 và 4 sao do Ủy ban nhân dân tỉnh công nhận, sản phẩm 5 sao do Bộ Nông nghiệp và Môi
          trường công nhận. Tên cơ quan cấp được ghi trên từng giấy chứng nhận.
        </p>
      </section>

      <section aria-labelledby="certificate-heading" className="flex flex-col gap-4">
        <h2 id="certificate-heading" className="text-2xl font-bold">
          Giấy chứng nhận: hiệu lực và thu hồi
        </h2>
        <ul className="flex list-disc flex-col gap-2 pl-5 leading-relaxed text-stone-800">
          <li>
            Giấy chứng nhận OCOP có hiệu lực <strong>36 tháng</strong> kể từ ngày cấp. Chủ thể muốn giữ hạng phải nộp hồ sơ đánh
            giá lại trước khi hết hạn.
          </li>
          <li>
            Giấy chứng nhận <strong>có thể bị thu hồi</strong> khi hồ sơ không trung thực, sản phẩm không còn đạt tiêu chí khi
            kiểm tra, vi phạm quy định về chất lượng, an toàn thực phẩm, nhãn hàng hoá hoặc sở hữu trí tuệ, sử dụng sai biểu trưng
            OCOP, hoặc ngừng sản xuất.
          </li>
          <li>Giấy chứng nhận ghi rõ cơ quan cấp, tên sản phẩm, chủ thể, hạng sao, số và ngày quyết định công nhận.</li>
        </ul>
      </section>

      <section aria-labelledby="market-heading" className="flex flex-col gap-4">
        <h2 id="market-heading" className="text-2xl font-bold">
          Chợ này bán gì
        </h2>
        <p className="leading-relaxed text-stone-800">
          Chúng tôi <strong>chỉ bán sản phẩm có giấy chứng nhận OCOP còn hiệu lực</strong>, và chỉ bán đúng những quy cách đóng
          gói (bao bì, nhãn đã đăng ký) mà giấy chứng nhận công nhận. Khi giấy chứng nhận hết hạn, bị đình chỉ hoặc bị thu hồi,
          sản phẩm ngừng bán ngay. Trên trang mỗi sản phẩm, bạn xem được số quyết định công nhận, cơ quan cấp, thời hạn hiệu lực
          và nhãn đã đăng ký của từng quy cách.
        </p>
      </section>

      <section aria-labelledby="figures-heading" className="flex flex-col gap-6">
        <div className="flex flex-col gap-2">
          <h2 id="figures-heading" className="text-2xl font-bold">
            Sản phẩm OCOP đang bán trên chợ
          </h2>
          <p className="text-lg">
            <Link href="/products" className="font-bold text-emerald-800 underline">
              {count} sản phẩm
            </Link>{" "}
            có giấy chứng nhận OCOP còn hiệu lực đang được bán.
          </p>
        </div>
        <CountTable
          caption="Theo hạng sao"
          headers={["Hạng sao"]}
          rows={starCounts(facets.stars).map(({ stars, count }) => ({
            key: String(stars),
            cells: [`OCOP ${stars} sao`],
            count,
            href: catalogHref(EMPTY_QUERY, { stars: [stars] }),
          }))}
        />
        <CountTable
          caption="Theo bộ sản phẩm"
          headers={["Bộ sản phẩm"]}
          rows={facets.product_set.map(({ value, label, count }) => ({
            key: value,
            cells: [productSetLabel(value, label)],
            count,
            href: catalogHref(EMPTY_QUERY, { productSets: [Number(value)] }),
          }))}
        />
        <CountTable
          caption="Theo xã, phường"
          headers={["Xã, phường", "Tỉnh, thành phố"]}
          rows={facets.commune.map(({ value, label, count }) => ({
            key: `${value}|${label}`,
            cells: [value, label],
            count,
            href: catalogHref(EMPTY_QUERY, { provinces: label ? [label] : [], communes: [value] }),
          }))}
        />
      </section>
    </article>
  )
}
