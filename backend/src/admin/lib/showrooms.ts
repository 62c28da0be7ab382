import {
  type Period,
  SITE_TYPE_LABELS,
  type Showroom,
  type ShowroomOverviewRow,
  type ShowroomReport,
  type ShowroomStaff,
  type SiteType,
  siteTypeLabel,
} from "@ocop/contracts"
import type { CreateShowroomBody, CreateStaffBody } from "@ocop/contracts/schemas"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useDownloadCsv } from "./download"
import { useMutationInvalidating } from "./mutations"
import { sdk } from "./sdk"

// The office's showrooms: reads and the two writes (docs/SHOWROOM-API.md, "Coordination office").

export { SITE_TYPE_LABELS, siteTypeLabel, type SiteType }

export type ShowroomWithStaff = Showroom & { staff: ShowroomStaff[] }

/** What the office states to open a showroom; the API derives the handle, and a new one is open. */
export type CreateShowroomInput = CreateShowroomBody
/** The first password is set by the office and handed to the staff member (at least 8 characters). */
export type CreateStaffInput = CreateStaffBody

/** Calendar days `YYYY-MM-DD`, `to` inclusive; the API takes the last 30 days for what is missing. */
export type PeriodFilter = { from?: string; to?: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The period kept in the page's URL (`?from=&to=`); anything but a `YYYY-MM-DD` day is left to the API's default. */
export function periodFromParams(params: URLSearchParams): PeriodFilter {
  const day = (key: string) => {
    const value = params.get(key)
    return value && DAY.test(value) ? value : undefined
  }
  return { from: day("from"), to: day("to") }
}

/** "?from=…&to=…" to carry the period from the overview to a showroom's report; "" for the default period. */
export function periodSearch(period: PeriodFilter): string {
  const search = new URLSearchParams(query(period)).toString()
  return search ? `?${search}` : ""
}

const query = (period: PeriodFilter): Record<string, string> =>
  Object.fromEntries(Object.entries(period).filter(([, value]) => value))

const SHOWROOMS = "/admin/showrooms"

/** Everything cached here starts with "showrooms", so one invalidation refreshes the overview, the reports and the list. */
export const showroomKeys = {
  all: ["showrooms"] as const,
  list: () => ["showrooms", "list"] as const,
  overview: (period: PeriodFilter) => ["showrooms", "overview", period] as const,
  report: (id: string, period: PeriodFilter) => ["showrooms", "report", id, period] as const,
}

/** Every showroom ranked for the period, the weakest first (closed, then without a sale, then by revenue). */
export function useShowroomOverview(period: PeriodFilter) {
  return useQuery({
    queryKey: showroomKeys.overview(period),
    queryFn: () =>
      sdk.client.fetch<{ period: Period; showrooms: ShowroomOverviewRow[] }>(`${SHOWROOMS}/overview`, { query: query(period) }),
    placeholderData: keepPreviousData,
  })
}

export function useShowroomReport(id: string, period: PeriodFilter) {
  return useQuery({
    queryKey: showroomKeys.report(id, period),
    queryFn: () =>
      sdk.client.fetch<{ showroom: Showroom; report: ShowroomReport }>(`${SHOWROOMS}/${id}/report`, { query: query(period) }),
    placeholderData: keepPreviousData,
  })
}

/** Every showroom with its counter logins; the API has no read of one showroom's staff, so it is found in the list. */
export function useShowroomStaff(id: string) {
  return useQuery({
    queryKey: showroomKeys.list(),
    queryFn: () => sdk.client.fetch<{ showrooms: ShowroomWithStaff[] }>(SHOWROOMS),
    select: (data) => data.showrooms.find((showroom) => showroom.id === id)?.staff ?? [],
  })
}

export function useCreateShowroom() {
  return useMutationInvalidating(showroomKeys.all, (body: CreateShowroomInput) =>
    sdk.client.fetch<{ showroom: Showroom }>(SHOWROOMS, { method: "POST", body })
  )
}

export function useCreateShowroomStaff(id: string) {
  return useMutationInvalidating(showroomKeys.all, (body: CreateStaffInput) =>
    sdk.client.fetch<{ staff: ShowroomStaff }>(`${SHOWROOMS}/${id}/staff`, { method: "POST", body })
  )
}

/** Downloads the overview as CSV, for the same period. */
export function useDownloadOverviewCsv() {
  return useDownloadCsv(
    (period: PeriodFilter) => ({ path: `${SHOWROOMS}/overview`, query: { ...query(period), format: "csv" } }),
    "diem-ban-ocop.csv"
  )
}
