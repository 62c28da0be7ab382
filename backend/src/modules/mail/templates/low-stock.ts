import { GREETING, type Template } from "../message"

export const lowStock: Template<"low-stock"> = (data) => ({
  subject: `${data.producer_name}: ${data.items.length} sản phẩm sắp hết hàng`,
  blocks: [
    { paragraph: GREETING },
    { paragraph: `Các sản phẩm sau của ${data.producer_name} sắp hết hàng trên sàn:` },
    { list: data.items.map((item) => `${item.title}${item.sku ? ` (${item.sku})` : ""}: còn ${item.available}`) },
    { paragraph: "Vui lòng cập nhật tồn kho trong cổng nhà sản xuất để khách vẫn đặt được hàng." },
  ],
})
