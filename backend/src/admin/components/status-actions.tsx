import { Alert, Button, toast, usePrompt } from "@medusajs/ui"
import type { CertificateStatus } from "@ocop/contracts"
import { errorMessage, useChangeCertificateStatus, useInvalidateAfterChange } from "../lib/certificates"
import { ReasonPrompt } from "./reason-prompt"

type Target = { id: string; decision_number: string; status: CertificateStatus }

/** What each action allows, as the API enforces it (src/modules/ocop/transitions.ts). */
export const canRevoke = (status: CertificateStatus) => status !== "revoked"
export const canSuspend = (status: CertificateStatus) => status === "valid"
export const canReinstate = (status: CertificateStatus) => status === "suspended"
export const canRenew = (status: CertificateStatus) => status === "valid" || status === "expired"

const MIN_REASON = 5

const REASONED = {
  revoke: {
    button: "Thu hồi",
    title: "Thu hồi giấy chứng nhận",
    description:
      "Thu hồi là quyết định cuối cùng, không thể khôi phục. Sản phẩm ngừng bán trên cửa hàng trực tuyến nếu không còn giấy chứng nhận nào khác còn hiệu lực.",
    label: "Lý do thu hồi",
    placeholder: "Căn cứ Điều 8 QĐ 26/2026/QĐ-TTg, ví dụ: bao bì khác mẫu đã đăng ký khi đánh giá",
    confirm: "Xác nhận thu hồi",
    done: "Đã thu hồi giấy chứng nhận",
    missing: `Nhập lý do thu hồi (ít nhất ${MIN_REASON} ký tự).`,
  },
  suspend: {
    button: "Tạm đình chỉ",
    title: "Tạm đình chỉ giấy chứng nhận",
    description:
      "Giấy chứng nhận tạm thời mất hiệu lực và có thể khôi phục sau. Sản phẩm ngừng bán trên cửa hàng trực tuyến nếu không còn giấy chứng nhận nào khác còn hiệu lực.",
    label: "Lý do tạm đình chỉ",
    placeholder: "Ví dụ: chờ kết quả kiểm tra an toàn thực phẩm",
    confirm: "Xác nhận tạm đình chỉ",
    done: "Đã tạm đình chỉ giấy chứng nhận",
    missing: `Nhập lý do tạm đình chỉ (ít nhất ${MIN_REASON} ký tự).`,
  },
} as const

/** "Thu hồi" or "Tạm đình chỉ". A refusal keeps the dialog open with the API's message in it. */
export const ReasonActionButton = ({ action, certificate }: { action: keyof typeof REASONED; certificate: Target }) => {
  const { done, missing, title, ...text } = REASONED[action]
  const change = useChangeCertificateStatus(certificate.id)
  const refresh = useInvalidateAfterChange()

  return (
    <ReasonPrompt
      text={{ ...text, title: `${title} ${certificate.decision_number}` }}
      check={(reason) => (reason.length < MIN_REASON ? missing : null)}
      pending={change.isPending}
      run={async (reason) => {
        try {
          await change.mutateAsync({ action, reason })
        } catch {
          return false // shown in the dialog from the mutation's state
        }
        toast.success(done, { description: certificate.decision_number })
        return true
      }}
      failure={
        change.isError && (
          <Alert variant="error" role="alert">
            {errorMessage(change.error)}
          </Alert>
        )
      }
      onClose={() => {
        // A refusal usually means the page was stale (someone else changed the certificate): reload it.
        if (change.isError) refresh()
        change.reset()
      }}
    />
  )
}

/** "Khôi phục": lifts a suspension after a confirmation; the certificate is expired if its time ran out meanwhile. */
export const ReinstateButton = ({ certificate }: { certificate: Target }) => {
  const prompt = usePrompt()
  const change = useChangeCertificateStatus(certificate.id)
  const refresh = useInvalidateAfterChange()

  const reinstate = async () => {
    const confirmed = await prompt({
      title: `Khôi phục giấy chứng nhận ${certificate.decision_number}`,
      description:
        "Giấy chứng nhận có hiệu lực trở lại nếu chưa hết thời hạn; nếu đã quá hạn, giấy chuyển sang trạng thái hết hạn.",
      confirmText: "Xác nhận khôi phục",
      cancelText: "Huỷ",
      variant: "confirmation",
    })
    if (!confirmed) return
    try {
      const { certificate: result } = await change.mutateAsync({ action: "reinstate" })
      if (result.status === "valid") {
        toast.success("Đã khôi phục giấy chứng nhận", { description: certificate.decision_number })
      } else {
        toast.warning("Đã khôi phục, nhưng giấy chứng nhận đã hết hạn trong thời gian tạm đình chỉ", {
          description: certificate.decision_number,
        })
      }
    } catch (error) {
      toast.error("Không khôi phục được giấy chứng nhận", { description: errorMessage(error) })
      refresh()
    }
  }

  return (
    <Button size="small" variant="secondary" onClick={reinstate} isLoading={change.isPending}>
      Khôi phục
    </Button>
  )
}
