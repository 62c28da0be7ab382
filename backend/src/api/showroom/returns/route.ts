import { movementRoute } from "../movement-route"

/** Unsold stock handed back to its producer. */
export const POST = movementRoute("return_to_producer")
