import ErrorNotice, { ActionLink } from "@/modules/common/components/error-notice"

/**
 * A code whose check character does not match: a character was typed wrong, which says nothing about
 * the product (unlike a code no stamp has, see the trace page's not-found). In the shop's frame.
 */
export default function StampMistyped({ code }: { code: string }) {
  return (
    <ErrorNotice
      className="mx-auto py-6"
      kicker="Truy xuất nguồn gốc"
      title="Mã tem có ký tự gõ nhầm"
      actions={
        <ActionLink href="/products" primary>
          Xem sản phẩm OCOP đang bán
        </ActionLink>
      }
    >
      Mã tem <span className="font-mono font-semibold break-all">{code}</span> có ký tự gõ nhầm: hãy đối chiếu lại
      từng ký tự với tem, hoặc quét mã QR trên tem. Mã tem gồm 13 chữ và số, in dạng XXXX-XXXX-XXXX-X; chữ O được
      đọc là số 0, chữ I và L là số 1.
    </ErrorNotice>
  )
}
