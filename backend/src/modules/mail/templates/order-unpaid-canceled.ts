import { formatVnd } from "@ocop/contracts"
import { GREETING, orderName, type Template } from "../message"

export const orderUnpaidCanceled: Template<"order-unpaid-canceled"> = (data) => ({
  subject: `${orderName(data.display_id).replace(/^đ/, "Đ")} đã bị huỷ vì chưa nhận được chuyển khoản`,
  blocks: [
    { paragraph: GREETING },
    {
      paragraph: `Sàn OCOP chưa nhận được ${formatVnd(data.amount)} cho ${orderName(data.display_id)} nên đơn đã bị huỷ. Lý do: ${data.reason}.`,
    },
    { paragraph: "Nếu bạn đã chuyển khoản, vui lòng trả lời e-mail này kèm biên lai để được hoàn tiền." },
  ],
})
