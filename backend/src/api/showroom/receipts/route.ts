import { movementRoute } from "../movement-route"

/** Consigned stock received from a producer, by SKU (with the lot when the delivery names it). */
export const POST = movementRoute("receipt")
