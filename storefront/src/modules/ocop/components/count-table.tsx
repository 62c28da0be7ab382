import Link from "next/link"

export type CountRow = { key: string; cells: React.ReactNode[]; count: number; href: string }

/**
 * A table of product counts with a bar per row (relative to the largest), each row linking to the
 * catalog filtered to it. The first cell is the link; the bar is decoration, the number says it all.
 */
export default function CountTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: CountRow[] }) {
  if (rows.length === 0) return null
  const max = Math.max(...rows.map((row) => row.count))
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-lg font-bold">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-stone-700">
            {headers.map((header) => (
              <th key={header} scope="col" className="py-2 pr-4 font-semibold">
                {header}
              </th>
            ))}
            <th scope="col" className="w-1/3 py-2 text-right font-semibold">
              Số sản phẩm
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-stone-200">
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its column
                  <th key={index} scope="row" className="py-2 pr-4 font-semibold">
                    <Link href={row.href} className="text-emerald-800 underline hover:text-emerald-900">
                      {cell}
                    </Link>
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its column
                  <td key={index} className="py-2 pr-4">
                    {cell}
                  </td>
                )
              )}
              <td className="py-2">
                <div className="flex items-center justify-end gap-2">
                  <span aria-hidden="true" className="hidden h-2.5 flex-1 rounded-full bg-stone-100 sm:block">
                    <span
                      className="block h-full rounded-full bg-emerald-600"
                      style={{ width: `${Math.max(4, (row.count / max) * 100)}%` }}
                    />
                  </span>
                  <span className="w-10 text-right font-semibold tabular-nums">{row.count}</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
