import ErrorNotice, { ActionLink } from "@/modules/common/components/error-notice"

/**
 * Why a stamp code was not traced (no stamp has it, or a character was mistyped), with the way back to
 * the shop. In the shop's frame, like the trace page.
 */
export default function StampNotice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <ErrorNotice
      className="mx-auto py-6"
      kicker="Truy xuất nguồn gốc"
      title={title}
      actions={
        <ActionLink href="/products" primary>
          Xem sản phẩm OCOP đang bán
        </ActionLink>
      }
    >
      {children}
    </ErrorNotice>
  )
}
