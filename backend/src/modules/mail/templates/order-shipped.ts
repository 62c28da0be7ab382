import { GREETING, orderName, type Template } from "../message"

export const orderShipped: Template<"order-shipped"> = (data) => ({
  subject: `Kiện hàng của ${orderName(data.display_id)} đã được gửi`,
  blocks: [
    { paragraph: GREETING },
    { paragraph: `${data.producer_name} đã giao kiện hàng của ${orderName(data.display_id)} cho đơn vị vận chuyển.` },
    {
      fields: [
        ["Đơn vị vận chuyển", data.carrier],
        ["Mã vận đơn", data.tracking_number],
      ],
    },
    { link: { label: "Xem đơn hàng", url: data.order_url } },
  ],
})
