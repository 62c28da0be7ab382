// What the portal says about a producer's standing; the names of its codes are in @ocop/contracts.
import { isOneOf } from "@/modules/common/codes"
import { OWNER_TYPES, type OwnerType, type Producer } from "@ocop/contracts"

export function isOwnerType(value: unknown): value is OwnerType {
  return isOneOf(OWNER_TYPES, value)
}

export type StatusBanner = { tone: "warning" | "danger"; text: string }

/**
 * What every portal page says above its content while the producer cannot sell: still awaiting the
 * coordination office's approval, or suspended by it (with the office's reason). Null once approved.
 */
export function producerStatusBanner(producer: Pick<Producer, "status" | "suspension_reason">): StatusBanner | null {
  switch (producer.status) {
    case "pending":
      return {
        tone: "warning",
        text: "Hồ sơ đang chờ Văn phòng Điều phối OCOP duyệt — sản phẩm chưa được bán",
      }
    case "suspended": {
      const reason = producer.suspension_reason?.trim()
      return {
        tone: "danger",
        text:
          `Nhà sản xuất đang bị tạm ngưng${reason ? ` — lý do: ${reason.replace(/\.$/, "")}` : ""}. ` +
          "Sản phẩm không được bán và bạn chỉ có thể xem dữ liệu; liên hệ Văn phòng Điều phối OCOP để được mở lại.",
      }
    }
    default:
      return null
  }
}
