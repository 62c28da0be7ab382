import { GREETING, lines, orderName, type Template } from "../message"

export const producerOrderPlaced: Template<"producer-order-placed"> = (data) => ({
  subject: `Đơn mới #${data.display_id} cho ${data.producer_name}`,
  blocks: [
    { paragraph: GREETING },
    { paragraph: `${data.producer_name} có phần mới trong ${orderName(data.display_id)}:` },
    { list: lines(data.items) },
    { paragraph: "Giao đến:" },
    {
      fields: [
        ["Người nhận", data.deliver_to.name],
        ["Điện thoại", data.deliver_to.phone ?? "—"],
        ["Địa chỉ", data.deliver_to.address],
      ],
    },
    { paragraph: "Vui lòng xác nhận đơn trong cổng nhà sản xuất và chuẩn bị hàng." },
  ],
})
