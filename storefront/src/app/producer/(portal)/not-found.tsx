import Link from "next/link"
import ErrorNotice from "@/modules/common/components/error-notice"

/** A product or order that does not exist, or belongs to another producer (the API answers 404 alike). */
export default function PortalNotFound() {
  return (
    <ErrorNotice
      title="Không tìm thấy"
      actions={
        <Link href="/producer" className="font-semibold text-emerald-800 underline">
          Về trang tổng quan
        </Link>
      }
    >
      Sản phẩm hoặc đơn hàng này không tồn tại, hoặc không thuộc nhà sản xuất của bạn.
    </ErrorNotice>
  )
}
