// Who may hold an OCOP certificate (chủ thể OCOP), as the store and producer APIs name them.

export type OwnerType = "household" | "cooperative" | "cooperative_group" | "enterprise"

export const OWNER_TYPE_LABEL: Record<OwnerType, string> = {
  household: "Hộ kinh doanh",
  cooperative: "Hợp tác xã",
  cooperative_group: "Tổ hợp tác",
  enterprise: "Doanh nghiệp",
}
