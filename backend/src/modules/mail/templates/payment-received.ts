import { formatVnd } from "@ocop/contracts"
import { GREETING, orderName, type Template } from "../message"

export const paymentReceived: Template<"payment-received"> = (data) => ({
  subject: `Đã nhận thanh toán ${orderName(data.display_id)}`,
  blocks: [
    { paragraph: GREETING },
    { paragraph: `Sàn OCOP đã nhận ${formatVnd(data.amount)} cho ${orderName(data.display_id)}.` },
    { paragraph: "Các nhà sản xuất sẽ chuẩn bị và gửi hàng cho bạn." },
  ],
})
