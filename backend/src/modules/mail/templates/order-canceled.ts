import { GREETING, orderName, type Template } from "../message"

export const orderCanceled: Template<"order-canceled"> = (data) => {
  const what = data.producer_name
    ? `Phần của ${data.producer_name} trong ${orderName(data.display_id)}`
    : orderName(data.display_id).replace(/^đ/, "Đ")
  return {
    subject: `${what} đã bị huỷ`,
    blocks: [
      { paragraph: GREETING },
      { paragraph: `${what} đã bị huỷ${data.reason ? `. Lý do: ${data.reason}` : ""}.` },
      {
        paragraph: "Nếu bạn đã thanh toán phần này, sàn OCOP sẽ hoàn tiền cho bạn. Cần hỗ trợ, vui lòng trả lời e-mail này.",
      },
    ],
  }
}
