import { Button, toast } from "@medusajs/ui"
import { errorMessage } from "../lib/certificates"
import { useApproveProducer, useInvalidateProducers, useSuspendProducer } from "../lib/producers"
import { ReasonPrompt } from "./reason-prompt"

type Target = { id: string; name: string }

/** "Duyệt": lists the producer's certified products; from pending, or to lift a suspension. */
export const ApproveProducerButton = ({ producer }: { producer: Target }) => {
  const approve = useApproveProducer(producer.id)
  const refresh = useInvalidateProducers()

  // mutateAsync, not mutate's callbacks: once approved this button is gone, and the toast must still appear.
  const submit = async () => {
    try {
      await approve.mutateAsync()
    } catch (error) {
      toast.error("Không duyệt được nhà sản xuất", { description: errorMessage(error) })
      refresh() // a refusal usually means the page was stale
      return
    }
    toast.success("Đã duyệt nhà sản xuất", { description: producer.name })
  }

  return (
    <Button size="small" variant="primary" onClick={submit} isLoading={approve.isPending}>
      Duyệt
    </Button>
  )
}

/**
 * "Tạm ngưng": every product of the producer leaves the store; its members keep read access. A refusal
 * is shown in a toast and the dialog stays open with the reason typed.
 */
export const SuspendProducerButton = ({ producer }: { producer: Target }) => {
  const suspend = useSuspendProducer(producer.id)
  const refresh = useInvalidateProducers()

  return (
    <ReasonPrompt
      text={{
        button: "Tạm ngưng",
        title: `Tạm ngưng ${producer.name}`,
        description:
          "Mọi sản phẩm của nhà sản xuất ngừng bán trên cửa hàng trực tuyến; thành viên vẫn đăng nhập và xem được dữ liệu nhưng không thay đổi được gì. Bấm “Duyệt” để bán lại.",
        label: "Lý do tạm ngưng",
        placeholder: "Ví dụ: chờ kết quả kiểm tra cơ sở sản xuất",
        confirm: "Xác nhận tạm ngưng",
      }}
      check={(reason) => (reason ? null : "Nhập lý do tạm ngưng.")}
      refocusWhenMissing
      pending={suspend.isPending}
      run={async (reason) => {
        try {
          await suspend.mutateAsync(reason)
        } catch (error) {
          toast.error("Không tạm ngưng được nhà sản xuất", { description: errorMessage(error) })
          refresh()
          return false
        }
        toast.success("Đã tạm ngưng nhà sản xuất", { description: producer.name })
        return true
      }}
      onClose={() => suspend.reset()}
    />
  )
}
