import { createHash, randomBytes, timingSafeEqual } from "node:crypto"
import type { ICustomerModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ERROR_CODES } from "@ocop/contracts"

/** How long an e-mailed verification link holds. */
export const VERIFY_LINK_HOURS = 48

/**
 * Kept in the customer's metadata, which the store routes cannot write (api/store/customers/customer-input.ts
 * refuses `metadata`): only the token's hash, so the stored value opens nothing.
 */
type Verification = {
  email_verification?: { hash: string; email: string; expires_at: string } | null
  email_verified_at?: string
}

/** A token as it may be kept or named: its SHA-256, never the token itself. */
export const hashOf = (token: string) => createHash("sha256").update(token).digest("hex")
const customers = (container: { resolve: <T>(key: string) => T }) => container.resolve<ICustomerModuleService>(Modules.CUSTOMER)

export const LINK_INVALID =
  "Liên kết xác minh email đã được dùng, đã có liên kết mới hơn hoặc đã quá 48 giờ. Hãy đăng nhập và gửi lại email xác minh."

/** A new verification token for an account not yet verified (null once verified); it replaces any earlier one. */
export const issueVerificationTokenStep = createStep(
  "issue-email-verification-token",
  async (input: { customer_id: string; now: string }, { container }) => {
    const customer = await customers(container).retrieveCustomer(input.customer_id)
    const metadata = (customer.metadata ?? {}) as Verification & Record<string, unknown>
    if (metadata.email_verified_at) return new StepResponse(null)
    const token = randomBytes(32).toString("base64url")
    const expires_at = new Date(Date.parse(input.now) + VERIFY_LINK_HOURS * 3_600_000).toISOString()
    await customers(container).updateCustomers(customer.id, {
      metadata: { ...metadata, email_verification: { hash: hashOf(token), email: customer.email, expires_at } },
    })
    return new StepResponse({ email: customer.email, token }, { id: customer.id, metadata })
  },
  async (before, { container }) => {
    if (before) await customers(container).updateCustomers(before.id, { metadata: before.metadata })
  }
)

/**
 * The account of this e-mail whose current token this is, within its time, marked verified; the token is
 * spent. Anything else (no such account, a wrong, used or old token) is the same refusal.
 */
export const markEmailVerifiedStep = createStep(
  "mark-customer-email-verified",
  async (input: { email: string; token: string; now: string }, { container }) => {
    const [customer] = await customers(container).listCustomers({ email: input.email, has_account: true })
    const metadata = (customer?.metadata ?? {}) as Verification & Record<string, unknown>
    const pending = metadata.email_verification
    const matches =
      !!pending &&
      pending.email === customer.email &&
      Date.parse(pending.expires_at) > Date.parse(input.now) &&
      timingSafeEqual(Buffer.from(pending.hash, "hex"), Buffer.from(hashOf(input.token), "hex"))
    if (!customer || !matches) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, LINK_INVALID, ERROR_CODES.VERIFICATION_LINK_INVALID)
    }
    // Spent: set to null rather than left out, whether Medusa merges metadata or replaces it.
    await customers(container).updateCustomers(customer.id, {
      metadata: { ...metadata, email_verification: null, email_verified_at: input.now },
    })
    return new StepResponse({ customer_id: customer.id, email: customer.email }, { id: customer.id, metadata })
  },
  async (before, { container }) => {
    if (before) await customers(container).updateCustomers(before.id, { metadata: before.metadata })
  }
)
