import { formatVnd } from "@ocop/contracts"
import { type Block, GREETING, lines, orderName, type Template } from "../message"

export const orderPlaced: Template<"order-placed"> = (data) => {
  const transfer: Block[] = data.transfer
    ? [
        { paragraph: "Vui lòng chuyển khoản đúng số tiền và nội dung dưới đây để đơn hàng được giao:" },
        {
          fields: [
            ["Số tiền", formatVnd(data.transfer.amount)],
            ["Nội dung", data.transfer.memo],
            ["Ngân hàng", data.transfer.bank.short_name ?? data.transfer.bank.name ?? data.transfer.bank.bin],
            ["Số tài khoản", data.transfer.account_number],
            ["Chủ tài khoản", data.transfer.account_name],
          ],
        },
      ]
    : []
  return {
    subject: `Sàn OCOP đã nhận ${orderName(data.display_id)}`,
    blocks: [
      { paragraph: GREETING },
      { paragraph: `Cảm ơn bạn đã đặt hàng. Sàn OCOP đã nhận ${orderName(data.display_id)}:` },
      { list: lines(data.items) },
      { paragraph: `Tổng cộng: ${formatVnd(data.total)}` },
      ...transfer,
      { paragraph: "Mỗi nhà sản xuất giao phần của mình; bạn sẽ nhận e-mail khi từng kiện được gửi đi." },
    ],
  }
}
