import { Alert, Button, Label, Prompt, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { type FormEvent, useId, useRef, useState } from "react"
import { type CertificateStatus, errorMessage, useChangeCertificateStatus, useInvalidateAfterChange } from "../lib/certificates"

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

/**
 * "Thu hồi" or "Tạm đình chỉ": a dialog that asks for the reason and is itself the confirmation.
 * It stays open on a refusal and shows the API's message.
 */
export const ReasonActionButton = ({ action, certificate }: { action: keyof typeof REASONED; certificate: Target }) => {
  const text = REASONED[action]
  const fieldId = useId()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [invalid, setInvalid] = useState<string | null>(null)
  const reasonRef = useRef<HTMLTextAreaElement>(null)
  const change = useChangeCertificateStatus(certificate.id)
  const refresh = useInvalidateAfterChange()

  const close = () => {
    // A refusal usually means the page was stale (someone else changed the certificate): reload it.
    if (change.isError) refresh()
    setOpen(false)
    setReason("")
    setInvalid(null)
    change.reset()
  }
  const onOpenChange = (next: boolean) => {
    if (next) setOpen(true)
    else if (!change.isPending) close()
  }

  // mutateAsync, not mutate's callbacks: once the status changes this button may be gone (it is only
  // shown where the action is allowed), and the toast must still appear.
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (reason.trim().length < MIN_REASON) {
      setInvalid(text.missing)
      return
    }
    setInvalid(null)
    try {
      await change.mutateAsync({ action, reason: reason.trim() })
    } catch {
      return // shown in the dialog from the mutation's state
    }
    toast.success(text.done, { description: certificate.decision_number })
    close()
  }

  return (
    <Prompt open={open} onOpenChange={onOpenChange} variant="danger">
      <Prompt.Trigger asChild>
        <Button size="small" variant="secondary">
          {text.button}
        </Button>
      </Prompt.Trigger>
      <Prompt.Content
        className="max-w-[480px]"
        onOpenAutoFocus={(event) => {
          event.preventDefault()
          reasonRef.current?.focus()
        }}
      >
        <form onSubmit={submit} noValidate>
          <Prompt.Header>
            <Prompt.Title>
              {text.title} {certificate.decision_number}
            </Prompt.Title>
            <Prompt.Description>{text.description}</Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-2 px-6 pt-4">
            <Label htmlFor={fieldId} size="small" weight="plus">
              {text.label}
            </Label>
            <Textarea
              ref={reasonRef}
              id={fieldId}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              placeholder={text.placeholder}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={invalid ? `${fieldId}-error` : undefined}
              rows={3}
            />
            {invalid && (
              <Text id={`${fieldId}-error`} size="small" className="text-ui-fg-error">
                {invalid}
              </Text>
            )}
            {change.isError && (
              <Alert variant="error" role="alert">
                {errorMessage(change.error)}
              </Alert>
            )}
          </div>
          <Prompt.Footer>
            <Prompt.Cancel type="button" disabled={change.isPending}>
              Huỷ
            </Prompt.Cancel>
            <Button type="submit" size="small" variant="danger" isLoading={change.isPending}>
              {text.confirm}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
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
      description: "Giấy chứng nhận có hiệu lực trở lại nếu chưa hết thời hạn; nếu đã quá hạn, giấy chuyển sang trạng thái hết hạn.",
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
