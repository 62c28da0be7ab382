import { Input, Label } from "@medusajs/ui"
import type { PeriodFilter as Period } from "../lib/showrooms"

/**
 * The days a report covers (`to` inclusive), kept in the page's URL by the caller. `shown` fills the
 * inputs with the days the API chose when the URL names none (the last 30 days).
 */
export const PeriodFilter = ({
  value,
  shown,
  onChange,
}: {
  value: Period
  shown?: { from: string; to: string }
  onChange: (change: Period) => void
}) => (
  <div className="flex flex-wrap items-center gap-2">
    <Label size="small" htmlFor="period-from">
      Từ ngày
    </Label>
    <Input
      id="period-from"
      size="small"
      type="date"
      className="w-[150px]"
      value={value.from ?? shown?.from ?? ""}
      max={value.to ?? shown?.to}
      onChange={(event) => onChange({ ...value, from: event.target.value || undefined })}
    />
    <Label size="small" htmlFor="period-to">
      đến ngày
    </Label>
    <Input
      id="period-to"
      size="small"
      type="date"
      className="w-[150px]"
      value={value.to ?? shown?.to ?? ""}
      min={value.from ?? shown?.from}
      onChange={(event) => onChange({ ...value, to: event.target.value || undefined })}
    />
  </div>
)
