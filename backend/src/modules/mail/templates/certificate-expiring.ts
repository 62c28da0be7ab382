import { dayText } from "@ocop/contracts"
import { GREETING, type Template } from "../message"

export const certificateExpiring: Template<"certificate-expiring"> = (data) => ({
  subject: `Giấy chứng nhận OCOP ${data.certificate_number} hết hạn sau ${data.days_left} ngày`,
  blocks: [
    { paragraph: GREETING },
    {
      paragraph: `Giấy chứng nhận OCOP số ${data.certificate_number} (${data.product_name}) của ${data.producer_name} hết hạn ngày ${dayText(data.expires_on)}, còn ${data.days_left} ngày.`,
    },
    {
      paragraph:
        "Hãy nộp hồ sơ đánh giá lại trước ngày hết hạn: sản phẩm không còn giấy chứng nhận hiệu lực sẽ ngừng bán trên sàn.",
    },
  ],
})
