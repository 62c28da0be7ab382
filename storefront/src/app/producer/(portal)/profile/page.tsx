import type { Metadata } from "next"
import { getMe } from "@/lib/data/producer-portal"
import { formatDate, OWNER_TYPE_LABELS, PRODUCER_STATUS_LABELS } from "@ocop/contracts"
import { updateProfileAction } from "@/modules/producer-portal/actions/account"
import ProfileForm from "@/modules/producer-portal/components/profile-form"

export const metadata: Metadata = { title: "Hồ sơ" }

export default async function ProfilePage() {
  const { member, producer } = await getMe()
  const owner = member.role === "owner"

  const registered: [string, string][] = [
    ["Tên chủ thể", producer.name],
    ["Mã số thuế", producer.tax_code],
    ["Loại hình", OWNER_TYPE_LABELS[producer.owner_type] ?? producer.owner_type],
    ["Huyện ghi trên giấy chứng nhận cũ", producer.district_as_issued || "—"],
    ["Địa chỉ ghi trên giấy chứng nhận cũ", producer.address_as_issued || "—"],
    [
      "Trạng thái",
      producer.status === "approved" && producer.approved_at
        ? `${PRODUCER_STATUS_LABELS.approved} ngày ${formatDate(producer.approved_at)}`
        : PRODUCER_STATUS_LABELS[producer.status],
    ],
  ]
  const editable: [string, string][] = [
    ["Người đại diện", producer.representative],
    ["Số điện thoại", producer.phone],
    ["Email liên hệ", producer.email],
    ["Địa chỉ", [producer.address, producer.commune, producer.province].filter(Boolean).join(", ")],
    ["Câu chuyện sản phẩm", producer.story || "—"],
  ]

  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <h1 className="text-3xl font-bold">Hồ sơ nhà sản xuất</h1>

      <section aria-labelledby="registered-heading" className="flex flex-col gap-3 rounded-lg bg-stone-50 p-5">
        <h2 id="registered-heading" className="text-xl font-bold">
          Thông tin đăng ký
        </h2>
        <Facts rows={registered} />
        <p className="text-sm text-stone-700">
          Tên, mã số thuế và loại hình chủ thể chỉ được thay đổi qua Văn phòng Điều phối OCOP: vui lòng liên hệ văn phòng kèm giấy
          tờ chứng minh.
        </p>
      </section>

      {owner ? (
        <section aria-labelledby="editable-heading" className="flex flex-col gap-4">
          <h2 id="editable-heading" className="sr-only">
            Thông tin bạn có thể sửa
          </h2>
          <ProfileForm action={updateProfileAction} producer={producer} />
        </section>
      ) : (
        <section aria-labelledby="editable-heading" className="flex flex-col gap-3">
          <h2 id="editable-heading" className="text-xl font-bold">
            Liên hệ và giới thiệu
          </h2>
          <Facts rows={editable} />
          <p className="text-sm text-stone-700">Chỉ chủ sở hữu mới sửa được hồ sơ.</p>
        </section>
      )}
    </div>
  )
}

function Facts({ rows }: { rows: [string, string][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-stone-600">{label}</dt>
          <dd className="font-semibold whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  )
}
