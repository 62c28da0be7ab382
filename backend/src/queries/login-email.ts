import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** The email a member logs in with: the emailpass identity's entity id. */
export async function loginEmail(auth: IAuthModuleService, authIdentityId: string): Promise<string> {
  const identity = await auth.retrieveAuthIdentity(authIdentityId, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Hãy đăng ký bằng email và mật khẩu.")
  return email.toLowerCase()
}
