import type { Metadata } from "next"
import ErrorNotice, { ActionLink } from "@/modules/common/components/error-notice"
import ShopFrame from "@/modules/layout/components/shop-frame"

export const metadata: Metadata = {
  title: "Không tìm thấy trang",
  description: "Trang hoặc sản phẩm bạn tìm không tồn tại hoặc đã ngừng bán.",
}

// Unknown addresses and unknown products both land here, outside any section's layout: it brings the
// shop's frame. (The producer portal has its own not-found page inside the portal.)
export default function NotFound() {
  return (
    <ShopFrame>
      <ErrorNotice
        className="mx-auto py-10"
        kicker="Lỗi 404"
        title="Không tìm thấy trang"
        actions={
          <>
            <ActionLink href="/products" primary>
              Xem sản phẩm đang bán
            </ActionLink>
            <ActionLink href="/">Về trang chủ</ActionLink>
          </>
        }
      >
        Trang hoặc sản phẩm bạn tìm không tồn tại, hoặc sản phẩm đã ngừng bán (ví dụ khi chứng nhận OCOP hết hạn).
      </ErrorNotice>
    </ShopFrame>
  )
}
