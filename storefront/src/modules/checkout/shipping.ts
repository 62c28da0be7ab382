// Each producer ships its own part of an order, so one order can arrive as several parcels.

/** "2 kiện hàng từ 2 nhà sản xuất" — only worth saying when the order ships in several parts. */
export function parcelsNote(parcels: number): string | null {
  return parcels > 1 ? `${parcels} kiện hàng từ ${parcels} nhà sản xuất` : null
}
