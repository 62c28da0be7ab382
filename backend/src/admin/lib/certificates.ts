import { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { validUntil, type CertificateStatus, type OfficeCertificate } from "@ocop/contracts"
import type { CoverageBody, IssueCertificateBody, JsonBody, RenewCertificateBody } from "@ocop/contracts/schemas"
import { useInvalidateWithProducts, useMutationInvalidating } from "./mutations"
import { sdk } from "./sdk"

/** The "expiring within" windows the API accepts, in days. */
export const EXPIRING_WINDOWS = [30, 120, 180] as const

export type CertificateOrder = "expires_at" | "-expires_at" | "decision_date" | "-decision_date" | "product_name"

export type CertificateFilters = {
  q?: string
  status?: CertificateStatus[]
  stars?: number[]
  product_set?: number[]
  province?: string
  place?: string
  expiring_within?: number
  order?: CertificateOrder
}

// What Admin sends is typed from the API's own schemas; dates travel as "YYYY-MM-DD".
export type CoveredSku = CoverageBody["skus"][number]
export type IssueCertificateInput = JsonBody<IssueCertificateBody>
/** Omitted `skus` keep the coverage of the certificate being renewed. */
export type RenewCertificateInput = JsonBody<RenewCertificateBody>

export type StatusAction = "revoke" | "suspend" | "reinstate"

const CERTIFICATES = "/admin/ocop/certificates"

/** Everything cached here starts with "ocop", so one invalidation refreshes list, detail and widget. */
export const ocopKeys = {
  all: ["ocop"] as const,
  list: (filters: CertificateFilters, page: { limit: number; offset: number }) =>
    ["ocop", "certificates", filters, page] as const,
  detail: (id: string) => ["ocop", "certificate", id] as const,
  product: (productId: string) => ["ocop", "product", productId] as const,
}

function listQuery(filters: CertificateFilters, page: { limit: number; offset: number }) {
  const query: Record<string, string | number> = { ...page }
  for (const [key, value] of Object.entries(filters)) {
    if (Array.isArray(value)) {
      if (value.length) query[key] = value.join(",")
    } else if (typeof value === "string") {
      if (value.trim()) query[key] = value.trim()
    } else if (value !== undefined) {
      query[key] = value
    }
  }
  return query
}

export function useCertificates(filters: CertificateFilters, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: ocopKeys.list(filters, page),
    queryFn: () =>
      sdk.client.fetch<{ certificates: OfficeCertificate[]; count: number }>(CERTIFICATES, {
        query: listQuery(filters, page),
      }),
    placeholderData: keepPreviousData,
  })
}

export function useCertificate(id: string) {
  return useQuery({
    queryKey: ocopKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ certificate: OfficeCertificate }>(`${CERTIFICATES}/${id}`),
    select: (data) => data.certificate,
  })
}

/** A certificate read through the product ↔ certificate link: the stored record, without the API's extras. */
export type LinkedCertificate = Omit<OfficeCertificate, "product" | "skus" | "valid_now" | "valid_until"> & {
  skus: { id: string; packaging: string; label_image_url: string | null }[]
}

export type ProductCertificates = {
  id: string
  title: string
  certificates: (LinkedCertificate & { valid_until: string })[]
  /** The variant each certified SKU is, by certified SKU id. */
  variantOfSku: Record<string, { id: string; title: string; sku: string | null }>
}

type ProductWithLinks = {
  id: string
  title: string
  certificates?: LinkedCertificate[] | null
  variants?: { id: string; title: string; sku: string | null; certified_skus?: { id: string }[] | null }[] | null
}

/** A product's certificates, newest decision first, through the links `certificates` and `certified_skus`. */
export function useProductCertificates(productId: string, enabled = true) {
  return useQuery({
    queryKey: ocopKeys.product(productId),
    enabled,
    queryFn: async (): Promise<ProductCertificates> => {
      const { product } = await sdk.admin.product.retrieve(productId, {
        fields: "id,title,certificates.*,certificates.skus.*,variants.id,variants.title,variants.sku,variants.certified_skus.id",
      })
      const linked = product as unknown as ProductWithLinks
      const variantOfSku: ProductCertificates["variantOfSku"] = {}
      for (const variant of linked.variants ?? []) {
        for (const sku of variant.certified_skus ?? []) {
          variantOfSku[sku.id] = { id: variant.id, title: variant.title, sku: variant.sku }
        }
      }
      const certificates = (linked.certificates ?? [])
        .map((certificate) => ({
          ...certificate,
          valid_until: validUntil(certificate).toISOString(),
        }))
        .sort((a, b) => b.decision_date.localeCompare(a.decision_date))
      return { id: linked.id, title: linked.title, certificates, variantOfSku }
    },
  })
}

/** After any change: our own caches, and the dashboard's product pages (listing follows certification). */
export const useInvalidateAfterChange = () => useInvalidateWithProducts(ocopKeys.all)

export function useChangeCertificateStatus(id: string) {
  return useMutationInvalidating(ocopKeys.all, ({ action, reason }: { action: StatusAction; reason?: string }) =>
    sdk.client.fetch<{ certificate: OfficeCertificate }>(`${CERTIFICATES}/${id}/${action}`, {
      method: "POST",
      body: action === "reinstate" ? {} : { reason },
    })
  )
}

export function useIssueCertificate() {
  return useMutationInvalidating(ocopKeys.all, (body: IssueCertificateInput) =>
    sdk.client.fetch<{ certificate: OfficeCertificate }>(CERTIFICATES, { method: "POST", body })
  )
}

export function useRenewCertificate(id: string) {
  return useMutationInvalidating(ocopKeys.all, (body: RenewCertificateInput) =>
    sdk.client.fetch<{ certificate: OfficeCertificate }>(`${CERTIFICATES}/${id}/renew`, { method: "POST", body })
  )
}

/** The message to show for a failed request: the API's own Vietnamese sentence for a 400 or 404. */
export function errorMessage(error: unknown): string {
  if (error instanceof FetchError) {
    if (error.status === 401) return "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại."
    if (error.status && error.status < 500 && error.message) return error.message
    return "Máy chủ gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau."
  }
  return "Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại."
}
