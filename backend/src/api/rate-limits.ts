import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BlockList, isIPv4, isIPv6 } from "node:net"
import { admit, counterStore, type Limit } from "../utils/rate-limiter"
import { ERROR_CODES } from "@ocop/contracts"
import type { OrderLookupBody } from "@ocop/contracts/schemas"

// How often a client may log in wrongly, create logins, register producers, look stamps and orders up. The
// defaults are production's; each can be set in the environment (tests shorten them). docs/SECURITY.md
// "Rate limits" lists them.

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** A positive number from the environment, read on each request (a test sets it before the app starts); else the default. */
function setting(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

const limits = {
  loginPerAccount: (): Limit => ({
    max: setting("LOGIN_RATE_MAX_PER_ACCOUNT", 5),
    windowMs: setting("LOGIN_RATE_WINDOW_MS", 15 * MINUTE),
  }),
  loginPerAddress: (): Limit => ({
    max: setting("LOGIN_RATE_MAX_PER_ADDRESS", 30),
    windowMs: setting("LOGIN_RATE_WINDOW_MS", 15 * MINUTE),
  }),
  accountRequests: (): Limit => ({
    max: setting("ACCOUNT_RATE_MAX_PER_ADDRESS", 20),
    windowMs: setting("ACCOUNT_RATE_WINDOW_MS", HOUR),
  }),
  producerRegistrations: (): Limit => ({
    max: setting("REGISTER_RATE_MAX_PER_ADDRESS", 10),
    windowMs: setting("REGISTER_RATE_WINDOW_MS", HOUR),
  }),
  orderLookupsPerAddress: (): Limit => ({
    max: setting("ORDER_LOOKUP_RATE_MAX_PER_ADDRESS", 20),
    windowMs: setting("ORDER_LOOKUP_RATE_WINDOW_MS", HOUR),
  }),
  orderLookupsPerOrder: (): Limit => ({
    max: setting("ORDER_LOOKUP_RATE_MAX_PER_ORDER", 10),
    windowMs: setting("ORDER_LOOKUP_RATE_WINDOW_MS", HOUR),
  }),
  stampLookups: (): Limit => ({ max: setting("STAMP_RATE_MAX", 60), windowMs: setting("STAMP_RATE_WINDOW_MS", MINUTE) }),
}

// ---------------------------------------------------------------------------------------------------
// The client's address

const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "")

let proxies: { spec: string; list: BlockList } | undefined

/** This machine (the storefront's server, a proxy beside the backend) and the addresses or ranges in TRUSTED_PROXIES. */
function isTrustedProxy(address: string): boolean {
  const spec = process.env.TRUSTED_PROXIES ?? ""
  if (proxies?.spec !== spec) {
    const list = new BlockList()
    list.addSubnet("127.0.0.0", 8, "ipv4")
    list.addAddress("::1", "ipv6")
    for (const entry of spec.split(",").map(plain).filter(Boolean)) {
      const [base, bits] = entry.split("/")
      const family = isIPv6(base) ? "ipv6" : "ipv4"
      if (bits) list.addSubnet(base, Number(bits), family)
      else list.addAddress(base, family)
    }
    proxies = { spec, list }
  }
  const family = isIPv4(address) ? "ipv4" : isIPv6(address) ? "ipv6" : null
  return family !== null && proxies.list.check(address, family)
}

/**
 * The address of whoever sent the request. X-Forwarded-For is believed only as far as trusted proxies
 * wrote it: read from the right, the first address that is not a trusted proxy is the client. Not
 * Express's `req.ip`: Medusa sets `trust proxy` to 1, which believes the last X-Forwarded-For entry
 * from anybody, so a client talking to the backend directly could name a new address on every request.
 */
export function clientAddress(req: MedusaRequest): string {
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map(plain)
    .filter(Boolean)
  const hops = [plain(req.socket.remoteAddress ?? ""), ...forwarded.reverse()]
  return (hops.find((hop) => !isTrustedProxy(hop)) ?? hops[hops.length - 1]).slice(0, 64)
}

// ---------------------------------------------------------------------------------------------------
// The refusal

type Refusal = (minutes: number) => string

function tooManyRequests(res: MedusaResponse, refusal: Refusal, seconds: number) {
  res
    .status(429)
    .set("Retry-After", String(seconds))
    .json({ code: ERROR_CODES.RATE_LIMITED, type: "too_many_requests", message: refusal(Math.ceil(seconds / 60)) })
}

type Counted = { key: string; limit: Limit }

/** Counts every request against its keys (none: not counted); past a limit, answers 429 instead. */
function limitRequests(refusal: Refusal, counted: (req: MedusaRequest) => Counted[]) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const wait = await admit(counterStore(), counted(req))
    if (wait !== null) return tooManyRequests(res, refusal, wait)
    next()
  }
}

// ---------------------------------------------------------------------------------------------------
// The limits, by route (attached in middlewares.ts)

const LOGIN_REFUSAL: Refusal = (minutes) => `Đăng nhập sai quá nhiều lần: vui lòng đợi ${minutes} phút rồi thử lại.`

/**
 * `POST` (or `GET`) `/auth/:actor_type/emailpass`: wrong passwords per account (actor type and
 * e-mail) and per address. Past either limit every attempt is refused, the right password too, until
 * the window closes. The attempt is counted before Medusa checks the password (a burst of simultaneous guesses is
 * stopped too); only a wrong password (401) keeps its count, and a right one clears the account's.
 */
export async function limitFailedLogins(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const store = counterStore()
  const typed = (req.body as { email?: unknown } | undefined)?.email
  const email = typeof typed === "string" ? typed.trim().toLowerCase() : ""
  const address = { key: `login-address:${clientAddress(req)}`, limit: limits.loginPerAddress() }
  const account = email ? { key: `login-account:${req.params.actor_type}:${email}`, limit: limits.loginPerAccount() } : null
  const counted = account ? [address, account] : [address]

  const wait = await admit(store, counted)
  if (wait !== null) return tooManyRequests(res, LOGIN_REFUSAL, wait)
  res.on("finish", () => {
    if (res.statusCode === 401) return
    const forgiven =
      account && res.statusCode < 300
        ? [store.undo(address.key), store.clear(account.key)]
        : counted.map(({ key }) => store.undo(key))
    Promise.all(forgiven).catch((error) =>
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Rate limits: could not forgive a login attempt: ${error}`)
    )
  })
  next()
}

/** `POST /auth/:actor_type/emailpass/register` and `…/reset-password`: every request, per address. */
export const limitAccountRequests = limitRequests(
  (minutes) =>
    `Có quá nhiều yêu cầu tạo tài khoản hoặc đặt lại mật khẩu từ địa chỉ của bạn: vui lòng đợi ${minutes} phút rồi thử lại.`,
  (req) => [{ key: `account:${clientAddress(req)}`, limit: limits.accountRequests() }]
)

/** `POST /producer/register`: every registration that passed validation, per address. */
export const limitProducerRegistrations = limitRequests(
  (minutes) => `Có quá nhiều lượt đăng ký nhà sản xuất từ địa chỉ của bạn: vui lòng đợi ${minutes} phút rồi thử lại.`,
  (req) => [{ key: `producer-register:${clientAddress(req)}`, limit: limits.producerRegistrations() }]
)

const STAMP_REFUSAL: Refusal = (minutes) => `Bạn tra cứu tem quá nhiều lần: vui lòng đợi ${minutes} phút rồi thử lại.`

/** `GET /store/trace/:code`: every read of the public trace page, per address. */
export const limitStampLookups = limitRequests(STAMP_REFUSAL, (req) => [
  { key: `stamps:${clientAddress(req)}`, limit: limits.stampLookups() },
])

/** `GET /showroom/stock?q=`: every search at the counter (any may be a stamp code), per staff login. */
export const limitCounterStampLookups = limitRequests(STAMP_REFUSAL, (req) =>
  req.query.q
    ? [{ key: `stamps:staff:${(req as AuthenticatedMedusaRequest).auth_context.actor_id}`, limit: limits.stampLookups() }]
    : []
)

const ORDER_LOOKUP_REFUSAL: Refusal = (minutes) => `Bạn tra cứu đơn hàng quá nhiều lần: vui lòng đợi ${minutes} phút rồi thử lại.`

/**
 * `POST /store/order-lookup`: lookups that passed validation, per address and per order number (known
 * or not), so neither one client nor many together can try phones or e-mails against one order for
 * long. A lookup that found its order is forgiven: only misses are guesses, and a shopper may come back.
 */
export async function limitOrderLookups(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const store = counterStore()
  const counted = [
    { key: `order-lookup-address:${clientAddress(req)}`, limit: limits.orderLookupsPerAddress() },
    {
      key: `order-lookup-order:${(req.validatedBody as OrderLookupBody).display_id}`,
      limit: limits.orderLookupsPerOrder(),
    },
  ]
  const wait = await admit(store, counted)
  if (wait !== null) return tooManyRequests(res, ORDER_LOOKUP_REFUSAL, wait)
  res.on("finish", () => {
    if (res.statusCode >= 300) return
    Promise.all(counted.map(({ key }) => store.undo(key))).catch((error) =>
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Rate limits: could not forgive an order lookup: ${error}`)
    )
  })
  next()
}
