// How the portal names producers, members and their statuses, in one place.
import { codesOf, isOneOf } from "@/modules/common/codes"
import { type MemberRole, OWNER_TYPE_LABELS, type OwnerType, type Producer } from "@ocop/contracts"

export const OWNER_TYPES: OwnerType[] = codesOf(OWNER_TYPE_LABELS)

export function isOwnerType(value: unknown): value is OwnerType {
  return isOneOf(OWNER_TYPES, value)
}

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  owner: "Chủ sở hữu",
  staff: "Nhân viên",
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
