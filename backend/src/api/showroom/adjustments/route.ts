import { movementRoute } from "../movement-route"

/** A count change with its reason: damaged, expired, lost or a recount. */
export const POST = movementRoute("adjustment")
