import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Runs `repair` holding the lock Medusa's complete-cart holds on the cart (its key is the cart id), so
 * a repair never runs beside a live completion of the same cart: it waits until that run has
 * finished, then finds its order whole. A lock of a killed process is gone (in memory) or expires
 * (Redis, after complete-cart's two minutes).
 */
export async function withCheckoutLock<T>(container: MedusaContainer, cartId: string, repair: () => Promise<T>): Promise<T> {
  return container.resolve<ILockingModule>(Modules.LOCKING).execute(cartId, repair, { timeout: 30 })
}
