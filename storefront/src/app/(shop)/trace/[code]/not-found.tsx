import StampNotice from "@/modules/traceability/components/stamp-notice"

/**
 * A code no stamp has, or text that is not a code: printed by someone else, or mistyped in a way its
 * check character cannot show (a label printed before codes had one).
 */
export default function StampNotFound() {
  return (
    <StampNotice title="Không tìm thấy tem">
      Mã tem này không có trong hệ thống tem OCOP. Hãy kiểm tra lại mã in trên tem; nếu mã đúng mà vẫn không tìm thấy, sản phẩm có
      thể không chính hãng.
    </StampNotice>
  )
}
