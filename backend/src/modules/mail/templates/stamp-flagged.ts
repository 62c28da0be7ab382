import { GREETING, type Template } from "../message"

export const stampFlagged: Template<"stamp-flagged"> = (data) => ({
  subject: `${data.producer_name}: tem ${data.code} có dấu hiệu bị sao chép`,
  blocks: [
    { paragraph: GREETING },
    {
      paragraph: `Hệ thống theo dõi lượt quét đã đánh dấu tem ${data.code} (lô ${data.lot_number}, ${data.product_title}): ${data.reason.toLowerCase()}.`,
    },
    {
      list: [
        `Số lượt quét: ${data.scans}`,
        `Tỉnh, thành phố đã quét: ${data.provinces.length ? data.provinces.join(", ") : "chưa xác định"}`,
      ],
    },
    {
      paragraph:
        "Nhãn tem có thể đã bị sao chép lên sản phẩm không chính hãng. Trang truy xuất của tem đang cảnh báo người mua. Vui lòng kiểm tra lô hàng trong cổng nhà sản xuất và báo Văn phòng Điều phối OCOP nếu phát hiện hàng giả.",
    },
  ],
})
