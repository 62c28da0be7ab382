import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  DAY_MS,
  CERTIFICATE_MILESTONES,
  type ExpiringCertificate,
  formatDate,
  formatDateTime,
  OCOP_SECTORS,
  type OfficeOverview,
  type OpenViolation,
  type OverviewList,
  RENEWAL_GRACE_DAYS,
  RENEWAL_WINDOW_DAYS,
  SCAN_FLAG_LABELS,
  VIOLATION_GROUND_LABELS,
  vietnamDay,
} from "@ocop/contracts"
import { PRODUCER_MODULE } from "../modules/producer"
import type ProducerModuleService from "../modules/producer/service"
import { violationRecords } from "./inspections"
import { productsMissingStandard } from "./missing-standards"
import { flaggedStamps } from "./scan-watch"

/** How many rows each list of the overview page shows; its CSV holds them all. */
const LIST_LIMIT = 100
const LONGEST_WINDOW = Math.max(...CERTIFICATE_MILESTONES)

const sql = (container: MedusaContainer) => container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/**
 * isCertificateValid (contracts/certificate-validity.ts) in SQL, so the counts are aggregated in the
 * database: status valid and before expiry, or renewal filed 180–120 days before it and within the grace.
 */
const VALID_NOW = `c.deleted_at IS NULL AND c.status = 'valid' AND (now() < c.expires_at
  OR (c.renewal_filed_at BETWEEN c.expires_at - interval '${RENEWAL_WINDOW_DAYS.earliest} days'
                             AND c.expires_at - interval '${RENEWAL_WINDOW_DAYS.latest} days'
      AND now() < c.expires_at + interval '${RENEWAL_GRACE_DAYS} days'))`

type CountRow = {
  by_stars: number
  by_set: number
  stars: number | null
  product_set: number | null
  owner_province: string | null
  owner_commune: string | null
  count: string
}

/** Valid certificates counted by star, by product set and by province and commune: one pass over the table. */
async function validCounts(container: MedusaContainer) {
  const { rows } = await sql(container).raw<{ rows: CountRow[] }>(
    `SELECT GROUPING(c.stars) = 0 AS by_stars, GROUPING(c.product_set) = 0 AS by_set,
            c.stars, c.product_set, c.owner_province, c.owner_commune, count(*) AS count
     FROM certificate c WHERE ${VALID_NOW}
     GROUP BY GROUPING SETS ((c.stars), (c.product_set), (c.owner_province, c.owner_commune))`
  )
  const stars = new Map<number, number>()
  const sets = new Map<number, number>()
  const communes: OfficeOverview["by_commune"] = []
  for (const row of rows) {
    const count = Number(row.count)
    if (row.by_stars) stars.set(Number(row.stars), count)
    else if (row.by_set) sets.set(Number(row.product_set), count)
    else communes.push({ province: row.owner_province, commune: row.owner_commune, count })
  }
  communes.sort(
    (a, b) =>
      (a.province ?? "").localeCompare(b.province ?? "", "vi") ||
      b.count - a.count ||
      (a.commune ?? "").localeCompare(b.commune ?? "", "vi")
  )
  return {
    valid_total: [...stars.values()].reduce((sum, count) => sum + count, 0),
    by_stars: [3, 4, 5].map((star) => ({ stars: star, count: stars.get(star) ?? 0 })),
    by_sector: OCOP_SECTORS.map((sector) => {
      const productSets = sector.product_sets.flatMap((set) =>
        sets.get(set) ? [{ product_set: set, count: sets.get(set)! }] : []
      )
      return {
        code: sector.code,
        name: sector.name,
        count: productSets.reduce((sum, set) => sum + set.count, 0),
        product_sets: productSets,
      }
    }),
    by_commune: communes,
  }
}

type ExpiringRow = Omit<ExpiringCertificate, "days_left" | "expires_at" | "renewal_filed_at"> & {
  expires_at: Date
  renewal_filed_at: Date | null
}

/** Valid certificates expiring within 180 days, soonest first (all of them without a limit). */
async function expiringCertificates(container: MedusaContainer, limit?: number): Promise<ExpiringCertificate[]> {
  const { rows } = await sql(container).raw<{ rows: ExpiringRow[] }>(
    `SELECT c.id, c.decision_number, c.product_name, c.owner_name, c.owner_province, c.owner_commune, c.stars,
            c.expires_at, c.renewal_filed_at
     FROM certificate c
     WHERE ${VALID_NOW} AND c.expires_at > now() AND c.expires_at <= now() + make_interval(days => ?)
     ORDER BY c.expires_at, c.id ${limit ? "LIMIT ?" : ""}`,
    [LONGEST_WINDOW, ...(limit ? [limit] : [])]
  )
  const now = Date.now()
  return rows.map((row) => ({
    ...row,
    stars: Number(row.stars),
    expires_at: row.expires_at.toISOString(),
    renewal_filed_at: row.renewal_filed_at?.toISOString() ?? null,
    days_left: Math.ceil((row.expires_at.getTime() - now) / DAY_MS),
  }))
}

/** How many valid certificates expire within each window. */
async function expiringCounts(container: MedusaContainer): Promise<OfficeOverview["expiring"]["counts"]> {
  const { rows } = await sql(container).raw<{ rows: Record<string, string>[] }>(
    `SELECT ${CERTIFICATE_MILESTONES.map((days) => `count(*) FILTER (WHERE c.expires_at <= now() + interval '${days} days') AS "${days}"`).join(", ")}
     FROM certificate c WHERE ${VALID_NOW} AND c.expires_at > now()`
  )
  return CERTIFICATE_MILESTONES.map((days) => ({ within_days: days, count: Number(rows[0]?.[days] ?? 0) }))
}

/** Open violations, newest found first, with their producer's name. */
async function openViolations(
  container: MedusaContainer,
  limit?: number
): Promise<{ count: number; violations: OpenViolation[] }> {
  const { violations, count } = await violationRecords(container, { status: "open" }, limit ? { limit, offset: 0 } : undefined)
  const producerIds = [...new Set(violations.map((violation) => violation.producer_id))]
  const producers = producerIds.length
    ? await container
        .resolve<ProducerModuleService>(PRODUCER_MODULE)
        .listProducers({ id: producerIds }, { select: ["id", "name"] })
    : []
  const nameOf = new Map(producers.map((producer) => [producer.id, producer.name]))
  return {
    count,
    violations: violations.map((violation) => ({ ...violation, producer_name: nameOf.get(violation.producer_id) ?? null })),
  }
}

/** "Tổng quan OCOP": the province's valid certificates counted, and the lists that need the office. */
export async function officeOverview(container: MedusaContainer): Promise<OfficeOverview> {
  const [counts, expiringNow, certificates, missing, violations, flagged] = await Promise.all([
    validCounts(container),
    expiringCounts(container),
    expiringCertificates(container, LIST_LIMIT),
    productsMissingStandard(container),
    openViolations(container, LIST_LIMIT),
    flaggedStamps(container, {}, { limit: LIST_LIMIT, offset: 0 }),
  ])
  return {
    ...counts,
    expiring: { counts: expiringNow, certificates },
    missing_standards: { count: missing.length, products: missing.slice(0, LIST_LIMIT) },
    open_violations: violations,
    // The producer's e-mail address is for its notice, not for the office's list.
    flagged_stamps: { count: flagged.count, flags: flagged.flags.map(({ producer_email, ...flag }) => flag) },
    list_limit: LIST_LIMIT,
  }
}

const yesNo = (value: boolean) => (value ? "Có" : "Không")

/** One list of the overview, whole, as CSV rows with Vietnamese headers, and the file's name. */
export async function overviewListCsv(
  container: MedusaContainer,
  list: OverviewList
): Promise<{ fileName: string; rows: unknown[][] }> {
  const day = vietnamDay(Date.now())
  switch (list) {
    case "by_commune": {
      const { by_commune } = await validCounts(container)
      return {
        fileName: `ocop-gcn-theo-xa_${day}.csv`,
        rows: [
          ["Tỉnh/thành phố", "Xã/phường", "Số GCN còn hiệu lực"],
          ...by_commune.map((row) => [row.province, row.commune, row.count]),
        ],
      }
    }
    case "expiring": {
      const certificates = await expiringCertificates(container)
      return {
        fileName: `ocop-gcn-sap-het-han_${day}.csv`,
        rows: [
          [
            "Số quyết định",
            "Sản phẩm",
            "Chủ thể",
            "Hạng sao",
            "Tỉnh/thành phố",
            "Xã/phường",
            "Ngày hết hạn",
            "Còn (ngày)",
            "Đã nộp hồ sơ đánh giá lại",
          ],
          ...certificates.map((c) => [
            c.decision_number,
            c.product_name,
            c.owner_name,
            c.stars,
            c.owner_province,
            c.owner_commune,
            formatDate(c.expires_at),
            c.days_left,
            yesNo(!!c.renewal_filed_at),
          ]),
        ],
      }
    }
    case "missing_standard": {
      const missing = await productsMissingStandard(container)
      return {
        fileName: `ocop-thieu-tccs_${day}.csv`,
        rows: [["Sản phẩm", "Chủ thể", "Hạng sao"], ...missing.map((m) => [m.product_title, m.producer_name, m.stars])],
      }
    }
    case "open_violations": {
      const { violations } = await openViolations(container)
      return {
        fileName: `ocop-vi-pham-chua-khac-phuc_${day}.csv`,
        rows: [
          ["Ngày phát hiện", "Chủ thể", "Căn cứ vi phạm", "Giấy chứng nhận", "Hạn khắc phục"],
          ...violations.map((v) => [
            formatDate(v.found_on),
            v.producer_name,
            VIOLATION_GROUND_LABELS[v.ground],
            v.certificate?.decision_number,
            formatDate(v.correct_by),
          ]),
        ],
      }
    }
    case "flagged_stamps": {
      const { flags } = await flaggedStamps(container, {})
      return {
        fileName: `ocop-tem-bi-canh-bao_${day}.csv`,
        rows: [
          ["Mã tem", "Chủ thể", "Số lô", "Sản phẩm", "Lý do", "Tỉnh/thành phố đã quét", "Lượt quét", "Cảnh báo từ"],
          ...flags.map((f) => [
            f.stamp.code,
            f.producer.name,
            f.batch.lot_number,
            f.product_title,
            SCAN_FLAG_LABELS[f.reason],
            f.provinces.join(", "),
            f.stamp.scans,
            formatDateTime(f.flagged_at),
          ]),
        ],
      }
    }
  }
}
