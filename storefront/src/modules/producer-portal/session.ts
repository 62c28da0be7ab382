import { hasActor } from "@/modules/common/auth-token"

/**
 * Whether the token belongs to a producer member. A login whose identity never finished registering
 * (or whose member was removed) carries an empty actor id: the portal's routes would refuse it.
 */
export function hasProducerActor(token: string): boolean {
  return hasActor(token, "producer")
}
