import { ChevronDownMini } from "@medusajs/icons"
import { Button, DropdownMenu, Input, Select } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"

export type Option<T> = { value: T; label: string }

/** A filter that takes several values: a menu of checkboxes that stays open while ticking. */
export function MultiFilter<T extends string | number>({
  label,
  options,
  value,
  onChange,
}: {
  label: string
  options: Option<T>[]
  value: T[]
  onChange: (value: T[]) => void
}) {
  const chosen = options.filter((option) => value.includes(option.value))
  const summary = chosen.length === 1 ? chosen[0].label : chosen.length ? `${chosen.length} mục` : null
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <Button size="small" variant="secondary" className={summary ? "border-ui-border-interactive" : undefined}>
          <span className="max-w-[200px] truncate">
            {label}
            {summary && <span className="text-ui-fg-interactive">: {summary}</span>}
          </span>
          <ChevronDownMini className="text-ui-fg-muted" />
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="start" className="max-h-[360px] overflow-y-auto">
        {options.map((option) => (
          <DropdownMenu.CheckboxItem
            key={option.value}
            checked={value.includes(option.value)}
            onSelect={(event) => event.preventDefault()}
            onCheckedChange={(checked) =>
              onChange(checked ? [...value, option.value] : value.filter((item) => item !== option.value))
            }
          >
            {option.label}
          </DropdownMenu.CheckboxItem>
        ))}
        {value.length > 0 && (
          <>
            <DropdownMenu.Separator />
            <DropdownMenu.Item onSelect={() => onChange([])}>Bỏ chọn tất cả</DropdownMenu.Item>
          </>
        )}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

const ANY = "all"

/** A filter that takes one value or none: a select whose first entry ("Mọi …") clears it. */
export const SingleFilter = ({
  label,
  anyLabel,
  options,
  value,
  onChange,
  className,
}: {
  label: string
  anyLabel: string
  options: Option<string>[]
  value: string | undefined
  onChange: (value: string | undefined) => void
  className: string
}) => (
  <Select value={value ?? ANY} onValueChange={(next) => onChange(next === ANY ? undefined : next)} size="small">
    <Select.Trigger aria-label={label} className={className}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={ANY}>{anyLabel}</Select.Item>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

/** A text filter that applies itself 400 ms after the user stops typing (or at once on Enter). */
export const TextFilter = ({
  label,
  placeholder,
  value,
  onChange,
  type = "text",
  className,
}: {
  label: string
  placeholder: string
  value: string
  onChange: (value: string) => void
  type?: "text" | "search"
  className?: string
}) => {
  const [draft, setDraft] = useState(value)
  const apply = useRef(onChange)
  apply.current = onChange
  useEffect(() => setDraft(value), [value])
  useEffect(() => {
    if (draft === value) return
    const timer = setTimeout(() => apply.current(draft), 400)
    return () => clearTimeout(timer)
  }, [draft, value])
  return (
    <div className={className}>
      <Input
        size="small"
        type={type}
        aria-label={label}
        placeholder={placeholder}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") onChange(draft)
        }}
      />
    </div>
  )
}

/** "Xoá bộ lọc", shown only while a filter is set. */
export const ClearFilters = ({ active, onClear }: { active: boolean; onClear: () => void }) =>
  active ? (
    <Button size="small" variant="transparent" onClick={onClear}>
      Xoá bộ lọc
    </Button>
  ) : null
