import ErrorNotice, { ActionLink } from "@/modules/common/components/error-notice"

/**
 * A code no stamp has, or text that is not a code: printed by someone else, or mistyped in a way its
 * check character cannot show (a label printed before codes had one). In the shop's frame, like the trace page.
 */
export default function StampNotFound() {
  return (
    <ErrorNotice
      className="mx-auto py-6"
      kicker="Truy xuất nguồn gốc"
      title="Không tìm thấy tem"
      actions={
        <ActionLink href="/products" primary>
          Xem sản phẩm OCOP đang bán
        </ActionLink>
      }
    >
      Mã tem này không có trong hệ thống tem OCOP. Hãy kiểm tra lại mã in trên tem; nếu mã đúng mà vẫn không tìm
      thấy, sản phẩm có thể không chính hãng.
    </ErrorNotice>
  )
}
