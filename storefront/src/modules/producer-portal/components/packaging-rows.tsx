"use client"

import { useRef, useState } from "react"
import type { PackagingErrors, PackagingRow } from "@/modules/producer-portal/packaging"
import { secondaryButton } from "@/modules/common/components/fields"
import PackagingFields from "./packaging-fields"

/**
 * The packagings of a new product, one row each. Rows are keyed (the key is in the inputs' names), so
 * removing one never shifts another's values or errors. Remount it to rebuild from `initial`.
 */
export default function PackagingRows({
  initial,
  errors = {},
}: {
  initial?: PackagingRow[]
  errors?: Record<string, PackagingErrors>
}) {
  const [keys, setKeys] = useState(() => (initial?.length ? initial.map((row) => row.key) : ["r0"]))
  const next = useRef(0)
  const values = new Map(initial?.map((row) => [row.key, row]))

  function add() {
    let key: string
    do key = `r${++next.current}`
    while (keys.includes(key))
    setKeys([...keys, key])
  }

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 text-xl font-bold">Quy cách đóng gói</legend>
      <p className="-mt-2 text-sm text-stone-600">
        Mỗi quy cách (hộp, túi, chai…) là một lựa chọn khi mua, với giá và tồn kho riêng. Chỉ những quy cách có trong giấy chứng
        nhận OCOP mới được bán.
      </p>
      {keys.map((key, index) => (
        <fieldset key={key} className="flex flex-col gap-3 rounded-lg border border-stone-200 p-4">
          <legend className="px-1 font-semibold">Quy cách {index + 1}</legend>
          <PackagingFields rowKey={key} values={values.get(key)} errors={errors[key]} />
          {keys.length > 1 && (
            <button
              type="button"
              onClick={() => setKeys(keys.filter((k) => k !== key))}
              className={`${secondaryButton} self-start text-sm`}
            >
              Xóa quy cách {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" onClick={add} className={`${secondaryButton} self-start`}>
        + Thêm quy cách
      </button>
    </fieldset>
  )
}
