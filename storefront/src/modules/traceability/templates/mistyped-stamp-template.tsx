import StampNotice from "@/modules/traceability/components/stamp-notice"

/** A code whose check character does not match: a typing slip, which says nothing about the product. */
export default function MistypedStampTemplate({ code }: { code: string }) {
  return (
    <StampNotice title="Mã tem có ký tự gõ nhầm">
      Mã tem <span className="font-mono font-semibold break-all">{code}</span> có ký tự gõ nhầm: hãy đối chiếu lại từng ký tự với
      tem, hoặc quét mã QR trên tem. Mã tem gồm 13 chữ và số, in dạng XXXX-XXXX-XXXX-X; chữ O được đọc là số 0, chữ I và L là số
      1.
    </StampNotice>
  )
}
