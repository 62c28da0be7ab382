import type { Metadata } from "next"
import BackLink from "@/modules/producer-portal/components/back-link"
import NewProductForm from "@/modules/producer-portal/components/new-product-form"

export const metadata: Metadata = { title: "Thêm sản phẩm" }

export default function NewProductPage() {
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <BackLink href="/producer/products">Tất cả sản phẩm</BackLink>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Thêm sản phẩm</h1>
        <p className="text-stone-700">
          Sản phẩm mới chưa được niêm yết: nó lên cửa hàng khi có giấy chứng nhận OCOP còn hiệu lực ghi đúng quy cách, do Văn
          phòng Điều phối OCOP cập nhật.
        </p>
      </div>
      <NewProductForm />
    </div>
  )
}
