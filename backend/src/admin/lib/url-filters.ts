import { useCallback, useEffect, useRef } from "react"
import { useSearchParams } from "react-router-dom"

type Change = string | number | (string | number)[] | undefined

/**
 * A list page's filters and page kept in the URL, so a filtered list survives opening a row and coming
 * back. `keys` are the filter parameters (for "is anything filtered?"); any change goes back to the first
 * page unless `keepPage`.
 */
export function useUrlFilters(keys: string[]) {
  const [params, setParams] = useSearchParams()
  const offset = Math.max(0, Number(params.get("offset")) || 0)

  // Navigation re-renders in a transition: two quick changes must build on each other, not on the
  // params of the last render.
  const latest = useRef(params)
  const search = params.toString()
  useEffect(() => {
    latest.current = new URLSearchParams(search)
  }, [search])

  const update = useCallback(
    (changes: Record<string, Change>, { keepPage = false } = {}) => {
      const next = new URLSearchParams(latest.current)
      for (const [key, value] of Object.entries(changes)) {
        const text = Array.isArray(value) ? value.join(",") : value === undefined ? "" : String(value)
        if (text) next.set(key, text)
        else next.delete(key)
      }
      if (!keepPage) next.delete("offset")
      latest.current = next
      setParams(next, { replace: true })
    },
    [setParams]
  )
  const active = keys.some((key) => params.get(key))
  const clear = () => {
    latest.current = new URLSearchParams()
    setParams(latest.current, { replace: true })
  }
  return { params, offset, update, active, clear }
}
