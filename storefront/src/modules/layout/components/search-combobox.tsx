"use client"

import { formatVnd } from "@ocop/contracts"
import { useRouter } from "next/navigation"
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from "react"
import { GROUP_TITLES, movedActive, type SuggestionGroup, type SuggestionOption, suggestionOptions } from "../search-suggestions"

/** How long typing must pause before suggestions are asked for: one request per pause, not per key. */
const DEBOUNCE_MS = 200

/**
 * The header's search box with suggestions while typing (the WAI-ARIA combobox pattern with a
 * grouped listbox). It stays the text box of a plain GET form: without JavaScript, or with Enter
 * and no option chosen, the form searches the catalog.
 */
export default function SearchCombobox({ id }: { id: string }) {
  const router = useRouter()
  const listId = useId()
  const [value, setValue] = useState("")
  const [options, setOptions] = useState<SuggestionOption[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  // Only typing asks for suggestions; choosing an option or Escape does not reopen the list.
  const [typed, setTyped] = useState(false)

  useEffect(() => {
    const q = value.trim()
    if (!typed || !q) {
      setOptions([])
      setOpen(false)
      return
    }
    // A newer pause aborts the request of the older one, so a slow answer never replaces a newer list.
    const request = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search-suggestions?q=${encodeURIComponent(q)}`, { signal: request.signal })
        if (!response.ok) return
        const found = suggestionOptions(await response.json(), formatVnd)
        setOptions(found)
        setActive(-1)
        setOpen(found.length > 0)
      } catch (error) {
        if (!request.signal.aborted) console.error("Search suggestions unavailable:", error)
      }
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      request.abort()
    }
  }, [value, typed])

  const optionId = (index: number) => `${listId}-option-${index}`
  const groups = useMemo(
    () =>
      (Object.keys(GROUP_TITLES) as SuggestionGroup[])
        .map((group) => ({
          group,
          entries: options.map((option, index) => ({ option, index })).filter(({ option }) => option.group === group),
        }))
        .filter(({ entries }) => entries.length > 0),
    [options]
  )

  const choose = (option: SuggestionOption) => {
    setOpen(false)
    setTyped(false)
    setActive(-1)
    router.push(option.href)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!options.length) return
      event.preventDefault()
      if (!open) {
        setOpen(true)
        setActive(event.key === "ArrowDown" ? 0 : options.length - 1)
      } else setActive(movedActive(active, options.length, event.key))
    } else if (event.key === "Enter") {
      // With no option chosen the form submits: the plain search.
      if (open && active >= 0) {
        event.preventDefault()
        choose(options[active])
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault()
        setOpen(false)
        setActive(-1)
      } else if (value) {
        event.preventDefault()
        setValue("")
        setTyped(false)
      }
    }
  }

  const expanded = open && options.length > 0
  return (
    <div className="relative flex min-w-0 flex-1">
      <input
        id={id}
        name="q"
        type="search"
        maxLength={100}
        placeholder="Tìm sản phẩm OCOP"
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={value}
        onChange={(event) => {
          setValue(event.target.value)
          setTyped(true)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(options.length > 0 && typed)}
        className="min-w-0 flex-1 rounded-l-lg border border-r-0 border-stone-400 px-3 py-2"
      />
      <div
        id={listId}
        role="listbox"
        aria-label="Gợi ý tìm kiếm"
        hidden={!expanded}
        className="absolute top-full right-0 left-0 z-50 mt-1 max-h-[70vh] overflow-y-auto rounded-lg border border-stone-200 bg-white py-1 shadow-lg"
      >
        {groups.map(({ group, entries }) => (
          <div key={group} role="group" aria-labelledby={`${listId}-${group}`}>
            <div id={`${listId}-${group}`} className="px-3 pt-2 pb-1 text-xs font-semibold text-stone-600 uppercase">
              {GROUP_TITLES[group]}
            </div>
            {entries.map(({ option, index }) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the combobox's (aria-activedescendant): focus stays in the text box.
              <div
                key={option.key}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                tabIndex={-1}
                // Keeps the focus in the text box, so the click lands on the option before the list closes.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => choose(option)}
                className={`flex cursor-pointer items-center gap-3 px-3 py-2 ${index === active ? "bg-emerald-50" : ""}`}
              >
                {option.group === "products" &&
                  (option.thumbnail ? (
                    <img src={option.thumbnail} alt="" width={40} height={40} className="size-10 shrink-0 rounded object-cover" />
                  ) : (
                    <span className="size-10 shrink-0 rounded bg-stone-100" />
                  ))}
                <span className="flex min-w-0 flex-col">
                  <span className="truncate font-medium">{option.label}</span>
                  <span className="text-sm text-stone-600">
                    {option.stars ? `${option.stars}★ · ` : ""}
                    {option.detail}
                  </span>
                </span>
              </div>
            ))}
          </div>
        ))}
      </div>
      <p role="status" className="sr-only">
        {expanded ? `${options.length} gợi ý, dùng phím mũi tên để chọn` : ""}
      </p>
    </div>
  )
}
