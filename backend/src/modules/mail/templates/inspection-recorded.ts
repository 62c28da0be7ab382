import { dayText } from "@ocop/contracts"
import { GREETING, type Template } from "../message"

export const inspectionRecorded: Template<"inspection-recorded"> = (data) => ({
  subject: data.failed.length
    ? `${data.producer_name}: kết quả kiểm tra ngày ${dayText(data.inspected_on)} có ${data.failed.length} nội dung chưa đạt`
    : `${data.producer_name}: kết quả kiểm tra ngày ${dayText(data.inspected_on)} đạt yêu cầu`,
  blocks: [
    { paragraph: GREETING },
    {
      paragraph: `Văn phòng Điều phối OCOP đã ghi nhận đợt kiểm tra ${data.kind.toLowerCase()} tại ${data.producer_name} ngày ${dayText(data.inspected_on)}.`,
    },
    ...(data.failed.length
      ? [
          { paragraph: "Các nội dung chưa đạt và căn cứ vi phạm:" },
          { list: data.failed.map((item) => `${item.check} — ${item.ground}`) },
          {
            paragraph: `Vui lòng khắc phục${data.correct_by ? ` trước ngày ${dayText(data.correct_by)}` : ""} và gửi giải trình kèm bằng chứng trong cổng nhà sản xuất. Vi phạm lần thứ hai trong 12 tháng có thể dẫn đến đề xuất thu hồi giấy chứng nhận.`,
          },
        ]
      : [
          {
            paragraph: data.resolved
              ? `Mọi nội dung đều đạt; ${data.resolved} vi phạm trước đây được ghi nhận là đã khắc phục.`
              : "Mọi nội dung đều đạt.",
          },
        ]),
    { link: { label: "Xem biên bản trong cổng nhà sản xuất", url: data.portal_url } },
  ],
})
