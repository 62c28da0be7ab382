import Link from "next/link"
import ErrorNotice from "@/modules/common/components/error-notice"

export default function CounterNotFound() {
  return (
    <ErrorNotice
      title="Không tìm thấy"
      actions={
        <Link href="/showroom" className="font-semibold text-emerald-800 underline">
          Về màn hình bán hàng
        </Link>
      }
    >
      Trang này không có trong quầy bán hàng.
    </ErrorNotice>
  )
}
