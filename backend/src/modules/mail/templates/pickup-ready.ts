import { GREETING, orderName, type Template } from "../message"

export const pickupReady: Template<"pickup-ready"> = (data) => ({
  subject: `Hàng của ${orderName(data.display_id)} đã sẵn sàng tại ${data.showroom.name}`,
  blocks: [
    { paragraph: GREETING },
    { paragraph: `Phần của ${data.producer_name} trong ${orderName(data.display_id)} đã đến điểm nhận hàng:` },
    {
      fields: [
        ["Điểm nhận", data.showroom.name],
        ["Địa chỉ", data.showroom.address],
        ["Giờ mở cửa", data.showroom.hours ?? "—"],
      ],
    },
    { paragraph: `Vui lòng mang theo số đơn hàng #${data.display_id} khi đến nhận.` },
  ],
})
