import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { cache } from "react"
import { backendUrl } from "@/lib/config"
import { authFetch, orNull, portalSession, type Method } from "@/lib/data/portal-session"
import type {
  NewProduct,
  NewVariant,
  ProducerInput,
  ProductUpdate,
  ProfileUpdate,
  VariantUpdate,
} from "@/modules/producer-portal/types"
import type {
  CertificateSummary,
  FlaggedStamp,
  InspectionRecord,
  Period,
  PortalProduct,
  Producer,
  ProducerDashboard,
  ProducerInvite,
  ProducerMember,
  ProducerOrder,
  ProducerOrderDetail,
  ProducerOrderStatus,
  ProducerStamp,
  ProductionBatch,
  PublishedStandard,
  SettlementStatement,
  SettlementStatementDetail,
  ShowroomConsignment,
  ViolationRecord,
} from "@ocop/contracts"
import type { NewBatch } from "@/modules/traceability/types"
import type { ShipBody } from "@ocop/contracts/schemas"

// The producer portal's calls (docs/PRODUCER-API.md). Every one is made for one producer member with
// their own token, passed per request (see portal-session.ts). Nothing here is cached.

const session = portalSession({
  actor: "producer",
  cookie: "ocop_producer_token",
  loginPath: "/producer/login",
  sessionExpiredPath: "/producer/session-expired",
})

export const { loginPath: LOGIN_PATH, loginAgainPath: LOGIN_AGAIN_PATH, logIn, rememberToken, forgetToken } = session
const { requireToken, sessionEnded, authorizedFetch: portalFetch } = session

/**
 * A call the SDK cannot make (it sends and reads JSON): multipart uploads, files. With the member's
 * token; a 401 ends the session, and a refusal throws a FetchError with the backend's Vietnamese
 * message, as the SDK's would.
 */
async function rawFetch(path: string, init: { method?: Method; body?: BodyInit } = {}): Promise<Response> {
  const token = await requireToken()
  const response = await fetch(`${backendUrl()}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}` },
    cache: "no-store",
  })
  if (response.status === 401) await sessionEnded()
  if (!response.ok) {
    const { message } = (await response.json().catch(() => ({}))) as { message?: string }
    throw new FetchError(message ?? response.statusText, response.statusText, response.status)
  }
  return response
}

// ---------------------------------------------------------------------------------------------------
// Registering (Medusa auth, actor type `producer`, provider `emailpass`; logging in is the session's
// `logIn`). These take or return tokens explicitly: the caller decides when one becomes the session.

/** A registration token for a new login (no member yet); throws when the email already has one. */
export async function registerIdentity(email: string, password: string): Promise<string> {
  const { token } = await authFetch<{ token: string }>("/auth/producer/emailpass/register", { email, password })
  return token
}

/** A new token for the same login, carrying the member once one has been created for it. */
export async function refreshToken(token: string): Promise<string> {
  const { token: refreshed } = await authFetch<{ token: string }>("/auth/token/refresh", undefined, token)
  return refreshed
}

export async function registerProducer(
  registrationToken: string,
  body: { producer: ProducerInput; member: { name: string } }
): Promise<{ producer: Producer; member: ProducerMember }> {
  return authFetch("/producer/register", body, registrationToken)
}

export async function acceptInvite(
  registrationToken: string,
  body: { token: string; name: string }
): Promise<{ member: ProducerMember }> {
  return authFetch("/producer/invites/accept", body, registrationToken)
}

// ---------------------------------------------------------------------------------------------------
// The member and their producer

/** Who is logged in and for which producer; asked once per request however many components ask. */
export const getMe = cache(async (): Promise<{ member: ProducerMember; producer: Producer }> => {
  return portalFetch("/producer/me")
})

export async function updateProfile(update: ProfileUpdate): Promise<Producer> {
  const { producer } = await portalFetch<{ producer: Producer }>("/producer/me", { method: "POST", body: update })
  return producer
}

export async function getDashboard(): Promise<ProducerDashboard> {
  return portalFetch("/producer/dashboard")
}

// ---------------------------------------------------------------------------------------------------
// Products

export const PRODUCTS_PAGE_SIZE = 20

export async function listProducts(query: { q?: string; offset?: number; limit?: number }): Promise<{
  products: PortalProduct[]
  count: number
}> {
  return portalFetch("/producer/products", {
    query: { q: query.q || undefined, limit: query.limit ?? PRODUCTS_PAGE_SIZE, offset: query.offset || undefined },
  })
}

/** The API answers at most this many products a request. */
const PRODUCTS_MAX_LIMIT = 100
/** A producer with more products than this is offered the first ones only. */
const MAX_PRODUCTS = 1000

/** The producer's products (up to a thousand), newest first: to choose one of their packagings. */
export async function listAllProducts(): Promise<PortalProduct[]> {
  const products: PortalProduct[] = []
  let count = 0
  do {
    const page = await listProducts({ offset: products.length, limit: PRODUCTS_MAX_LIMIT })
    products.push(...page.products)
    count = page.count
    if (page.products.length === 0) break
  } while (products.length < count && products.length < MAX_PRODUCTS)
  return products
}

export async function getProduct(id: string): Promise<PortalProduct | null> {
  const found = await orNull(portalFetch<{ product: PortalProduct }>(`/producer/products/${encodeURIComponent(id)}`))
  return found?.product ?? null
}

export async function createProduct(product: NewProduct): Promise<PortalProduct> {
  const { product: created } = await portalFetch<{ product: PortalProduct }>("/producer/products", {
    method: "POST",
    body: product,
  })
  return created
}

export async function updateProduct(id: string, update: ProductUpdate): Promise<PortalProduct> {
  const { product } = await portalFetch<{ product: PortalProduct }>(`/producer/products/${encodeURIComponent(id)}`, {
    method: "POST",
    body: update,
  })
  return product
}

export async function addVariant(productId: string, variant: NewVariant): Promise<PortalProduct> {
  const { product } = await portalFetch<{ product: PortalProduct }>(
    `/producer/products/${encodeURIComponent(productId)}/variants`,
    { method: "POST", body: variant }
  )
  return product
}

export async function updateVariant(productId: string, variantId: string, update: VariantUpdate): Promise<PortalProduct> {
  const { product } = await portalFetch<{ product: PortalProduct }>(
    `/producer/products/${encodeURIComponent(productId)}/variants/${encodeURIComponent(variantId)}`,
    { method: "POST", body: update }
  )
  return product
}

/**
 * Stores pictures and returns their URLs, in the order given. A refusal (type, size) throws a
 * FetchError with the backend's Vietnamese message.
 */
export async function uploadImages(files: File[]): Promise<string[]> {
  if (files.length === 0) return []
  const body = new FormData()
  for (const file of files) body.append("files", file, file.name)
  const response = await rawFetch("/producer/uploads", { method: "POST", body })
  const { files: stored } = (await response.json()) as { files: { url: string }[] }
  return stored.map((file) => file.url)
}

// ---------------------------------------------------------------------------------------------------
// Published standards (TCCS and production process, issue 19)

/** Every published version of the product's standards, newest effective first, the ones in force marked. */
export async function listStandards(productId: string): Promise<PublishedStandard[]> {
  const { standards } = await portalFetch<{ standards: PublishedStandard[] }>(
    `/producer/products/${encodeURIComponent(productId)}/standards`
  )
  return standards
}

/**
 * Publishes a version: its document and fields in one multipart request (the backend checks the file
 * is a PDF or a picture and the fields with PublishStandardBody). A refusal throws its Vietnamese message.
 */
export async function publishStandard(
  productId: string,
  fields: { kind: string; version: string; effective_on: string },
  file: File
): Promise<PublishedStandard[]> {
  const body = new FormData()
  for (const [key, value] of Object.entries(fields)) body.append(key, value)
  body.append("file", file, file.name)
  const response = await rawFetch(`/producer/products/${encodeURIComponent(productId)}/standards`, { method: "POST", body })
  const { standards } = (await response.json()) as { standards: PublishedStandard[] }
  return standards
}

// ---------------------------------------------------------------------------------------------------
// Certificates

export async function listCertificates(): Promise<CertificateSummary[]> {
  const { certificates } = await portalFetch<{ certificates: CertificateSummary[] }>("/producer/certificates")
  return certificates
}

/** Inspections of this producer, newest first, with their violations, deadlines and what was proposed. */
export async function listInspections(): Promise<InspectionRecord[]> {
  const { inspections } = await portalFetch<{ inspections: InspectionRecord[] }>("/producer/inspections", {
    query: { limit: 100 },
  })
  return inspections
}

/** An evidence file of this producer's inspections or answers, the backend's answer as is (404 for any other). */
export async function getEvidence(name: string): Promise<Response> {
  return rawFetch(`/producer/inspection-evidence/${encodeURIComponent(name)}`)
}

/**
 * Answers an open violation: each evidence file stored first (the backend judges it by its bytes and
 * refuses anything but a photo or a PDF), then the answer naming them. A refusal throws its Vietnamese message.
 */
export async function answerViolation(id: string, text: string, files: File[]): Promise<ViolationRecord> {
  const evidence: string[] = []
  for (const file of files) {
    const body = new FormData()
    body.append("file", file, file.name)
    const response = await rawFetch("/producer/inspection-evidence", { method: "POST", body })
    evidence.push(((await response.json()) as { file: { name: string } }).file.name)
  }
  const { violation } = await portalFetch<{ violation: ViolationRecord }>(
    `/producer/violations/${encodeURIComponent(id)}/answers`,
    { method: "POST", body: { text, evidence } }
  )
  return violation
}

/** This producer's stamps scan watch flagged as likely copied labels, newest first. */
export async function listFlaggedStamps(): Promise<FlaggedStamp[]> {
  const { flags } = await portalFetch<{ flags: FlaggedStamp[] }>("/producer/scan-watch", { query: { limit: 100 } })
  return flags
}

export async function fileRenewal(certificateId: string): Promise<CertificateSummary> {
  const { certificate } = await portalFetch<{ certificate: CertificateSummary }>(
    `/producer/certificates/${encodeURIComponent(certificateId)}/renewal`,
    { method: "POST" }
  )
  return certificate
}

// ---------------------------------------------------------------------------------------------------
// Orders (the producer's part of each customer order)

export const ORDERS_PAGE_SIZE = 20

export async function listOrders(query: { status: ProducerOrderStatus; offset?: number }): Promise<{
  orders: ProducerOrder[]
  count: number
}> {
  return portalFetch("/producer/orders", {
    query: { status: query.status, limit: ORDERS_PAGE_SIZE, offset: query.offset || undefined },
  })
}

/** The part and the producer's batches of its packagings (to name when it ships); null when not its own. */
export async function getOrder(id: string): Promise<ProducerOrderDetail | null> {
  return orNull(portalFetch<ProducerOrderDetail>(`/producer/orders/${encodeURIComponent(id)}`))
}

export async function confirmOrder(id: string): Promise<ProducerOrder> {
  const { order } = await portalFetch<{ order: ProducerOrder }>(`/producer/orders/${encodeURIComponent(id)}/confirm`, {
    method: "POST",
  })
  return order
}

export async function shipOrder(id: string, body: ShipBody): Promise<ProducerOrder> {
  const { order } = await portalFetch<{ order: ProducerOrder }>(`/producer/orders/${encodeURIComponent(id)}/ship`, {
    method: "POST",
    body,
  })
  return order
}

/** Delivered, cash collected (cash on delivery): the backend captures the part's amount once. */
export async function deliverOrder(id: string): Promise<ProducerOrder> {
  const { order } = await portalFetch<{ order: ProducerOrder }>(`/producer/orders/${encodeURIComponent(id)}/deliver`, {
    method: "POST",
  })
  return order
}

/** The shopper refused the parcel at the door: the part is cancelled, nothing is captured. */
export async function refuseOrder(id: string, reason: string): Promise<ProducerOrder> {
  const { order } = await portalFetch<{ order: ProducerOrder }>(`/producer/orders/${encodeURIComponent(id)}/refuse`, {
    method: "POST",
    body: { reason },
  })
  return order
}

export async function cancelOrder(id: string, reason: string): Promise<ProducerOrder> {
  const { order } = await portalFetch<{ order: ProducerOrder }>(`/producer/orders/${encodeURIComponent(id)}/cancel`, {
    method: "POST",
    body: { reason },
  })
  return order
}

// ---------------------------------------------------------------------------------------------------
// Consignment at showrooms (docs/SHOWROOM-API.md, "Producer portal")

/**
 * Where the producer's goods are on consignment: per showroom, each SKU's count on the shelf at the end
 * of the period and its sales in it (`YYYY-MM-DD`, `to` inclusive; the last 30 days when absent). A
 * period the API refuses (start after end, too long) throws a 400 FetchError with its Vietnamese message.
 */
export async function listShowroomConsignments(period: { from?: string; to?: string }): Promise<{
  period: Period
  showrooms: ShowroomConsignment[]
}> {
  return portalFetch("/producer/showrooms", { query: { from: period.from, to: period.to } })
}

// ---------------------------------------------------------------------------------------------------
// Production batches and their OCOP stamps (docs/TRACEABILITY-API.md)

export const BATCHES_PAGE_SIZE = 20

/** The producer's batches, newest first, each with its stamps counted by status. */
export async function listBatches(query: { offset?: number }): Promise<{ batches: ProductionBatch[]; count: number }> {
  return portalFetch("/producer/batches", {
    query: { limit: BATCHES_PAGE_SIZE, offset: query.offset || undefined },
  })
}

/**
 * Records a batch with one `printed` stamp per unit. Refused (400, in Vietnamese) for a packaging no
 * valid certificate covers, an expiry before production, or a lot number already used for it.
 */
export async function createBatch(input: NewBatch): Promise<ProductionBatch> {
  const { batch } = await portalFetch<{ batch: ProductionBatch }>("/producer/batches", { method: "POST", body: input })
  return batch
}

/** Every printed stamp of the batch becomes activated (refused when none is left to activate). */
export async function activateBatch(id: string): Promise<ProductionBatch> {
  const { batch } = await portalFetch<{ batch: ProductionBatch }>(`/producer/batches/${encodeURIComponent(id)}/activate`, {
    method: "POST",
  })
  return batch
}

/** The batch's stamps as the stamp printer's CSV (`code,trace_url,status`), the backend's answer as is. */
export async function getStampsCsv(id: string): Promise<Response> {
  return rawFetch(`/producer/batches/${encodeURIComponent(id)}/stamps?format=csv`)
}

/** The batch's stamps as an A4 PDF sheet of QR labels, in a label size the backend checks; its answer as is. */
export async function getStampSheet(id: string, size: string): Promise<Response> {
  return rawFetch(`/producer/batches/${encodeURIComponent(id)}/stamp-sheet?size=${encodeURIComponent(size)}`)
}

/** One stamp's label as SVG, for a professional printer. The code as typed or printed. */
export async function getStampLabelSvg(code: string): Promise<Response> {
  return rawFetch(`/producer/stamps/${encodeURIComponent(code)}/svg`)
}

/** A lost, damaged or misused stamp: its trace page warns from now on. The code as typed or printed. */
export async function voidStamp(code: string, reason: string): Promise<ProducerStamp> {
  const { stamp } = await portalFetch<{ stamp: ProducerStamp }>(`/producer/stamps/${encodeURIComponent(code)}/void`, {
    method: "POST",
    body: { reason },
  })
  return stamp
}

// ---------------------------------------------------------------------------------------------------
// Members (owner only)

export async function listMembers(): Promise<{ members: ProducerMember[]; invites: ProducerInvite[] }> {
  return portalFetch("/producer/members")
}

export async function inviteMember(email: string): Promise<ProducerInvite & { token: string }> {
  const { invite } = await portalFetch<{ invite: ProducerInvite & { token: string } }>("/producer/members/invites", {
    method: "POST",
    body: { email },
  })
  return invite
}

// ---------------------------------------------------------------------------------------------------
// Settlements (issue 16): the producer's monthly statements with the marketplace

/** The producer's statements, newest month first. */
export async function listSettlements(): Promise<SettlementStatement[]> {
  const { statements } = await portalFetch<{ statements: SettlementStatement[] }>("/producer/settlements")
  return statements
}

/** One of the producer's statements with its lines; null when it is not the producer's (404). */
export async function getSettlement(id: string): Promise<SettlementStatementDetail | null> {
  const found = await orNull(
    portalFetch<{ statement: SettlementStatementDetail }>(`/producer/settlements/${encodeURIComponent(id)}`)
  )
  return found?.statement ?? null
}

/** The statement as the backend's CSV file (UTF-8 with BOM, its own file name), the answer as is. */
export async function getSettlementCsv(id: string): Promise<Response> {
  return rawFetch(`/producer/settlements/${encodeURIComponent(id)}/csv`)
}
