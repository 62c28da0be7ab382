"use client"

import { useEffect, useState } from "react"
import { communesOfProvince } from "@/modules/checkout/actions"

type Unit = { code: string; name: string }

const inputClass =
  "w-full rounded-lg border border-stone-400 px-3 py-2 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700 disabled:bg-stone-100"

/**
 * Province, then commune/ward, after the 2025 reform (no district). Native selects: on a phone they open
 * the system's own list, and screen readers announce them as they are. The province's communes are
 * fetched when it is chosen; until then the commune select says why it is empty.
 */
export default function AddressUnitsPicker({
  provinces,
  province: chosenProvince,
  commune: chosenCommune,
  errors,
}: {
  /** The 34 provinces, code and the name people use, in display order. */
  provinces: Unit[]
  /** The codes chosen before (a failed submission, or the cart's address). */
  province: string
  commune: string
  errors: { province?: string; commune?: string }
}) {
  const [province, setProvince] = useState(chosenProvince)
  const [commune, setCommune] = useState(chosenCommune)
  const [loaded, setLoaded] = useState<{ province: string; communes: Unit[] }>({ province: "", communes: [] })

  useEffect(() => {
    if (!province) return
    let current = true
    communesOfProvince(province).then((communes) => {
      if (current) setLoaded({ province, communes })
    })
    return () => {
      current = false
    }
  }, [province])

  const communes = loaded.province === province ? loaded.communes : []
  const loading = !!province && loaded.province !== province

  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor="checkout-province" className="font-semibold">
          Tỉnh/Thành phố
        </label>
        <select
          id="checkout-province"
          name="province"
          required
          value={province}
          onChange={(event) => {
            setProvince(event.target.value)
            setCommune("")
          }}
          autoComplete="address-level1"
          aria-invalid={errors.province ? true : undefined}
          aria-describedby={errors.province ? "checkout-province-error" : undefined}
          className={inputClass}
        >
          <option value="">Chọn tỉnh/thành phố</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
        {errors.province && (
          <p id="checkout-province-error" className="text-sm font-semibold text-red-700">
            {errors.province}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="checkout-commune" className="font-semibold">
          Phường/Xã
        </label>
        <select
          id="checkout-commune"
          name="commune"
          required
          value={communes.some((c) => c.code === commune) ? commune : ""}
          onChange={(event) => setCommune(event.target.value)}
          disabled={communes.length === 0}
          aria-busy={loading}
          aria-invalid={errors.commune ? true : undefined}
          aria-describedby={errors.commune ? "checkout-commune-error" : undefined}
          className={inputClass}
        >
          <option value="">
            {!province ? "Chọn tỉnh/thành phố trước" : loading ? "Đang tải danh sách phường/xã…" : "Chọn phường/xã"}
          </option>
          {communes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        {errors.commune && (
          <p id="checkout-commune-error" className="text-sm font-semibold text-red-700">
            {errors.commune}
          </p>
        )}
      </div>
    </>
  )
}
