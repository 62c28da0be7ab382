import type { NoticeData } from "@ocop/contracts"
import { GREETING, type Template } from "../message"

const CHANGED: Record<NoticeData["certificate-status-changed"]["change"], { verb: string; became: string; follows: string }> = {
  suspended: {
    verb: "tạm đình chỉ",
    became: "bị tạm đình chỉ",
    follows: "Sản phẩm tạm ngừng bán trên sàn cho đến khi một đợt kiểm tra lại đạt yêu cầu và giấy chứng nhận được khôi phục.",
  },
  revoked: {
    verb: "thu hồi",
    became: "bị thu hồi",
    follows: "Sản phẩm đã ngừng bán trên sàn và không được sử dụng nhãn hiệu, tem OCOP nữa.",
  },
  reinstated: {
    verb: "khôi phục hiệu lực",
    became: "được khôi phục hiệu lực",
    follows: "Sản phẩm được bán lại trên sàn.",
  },
}

export const certificateStatusChanged: Template<"certificate-status-changed"> = (data) => ({
  subject: `Giấy chứng nhận OCOP ${data.certificate_number} đã ${CHANGED[data.change].became}`,
  blocks: [
    { paragraph: GREETING },
    {
      paragraph: `Văn phòng Điều phối OCOP đã ${CHANGED[data.change].verb} giấy chứng nhận OCOP số ${data.certificate_number} (${data.product_name}) của ${data.producer_name}.`,
    },
    ...(data.reason ? [{ fields: [["Lý do", data.reason]] as [string, string][] }] : []),
    { paragraph: CHANGED[data.change].follows },
    { link: { label: "Xem giấy chứng nhận trong cổng nhà sản xuất", url: data.portal_url } },
  ],
})
