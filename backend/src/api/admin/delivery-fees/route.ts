import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DeliveryFeeTable } from "@ocop/contracts"
import type { DeliveryFeesBody } from "@ocop/contracts/schemas"
import { deliveryFeeTable } from "../../../queries/delivery-fees"
import { setDeliveryFeesWorkflow } from "../../../workflows/delivery/set-delivery-fees"

/** The delivery fee table: the flat fee per parcel and each of the 34 provinces' own, if any. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<{ delivery_fees: DeliveryFeeTable }>) => {
  res.json({ delivery_fees: await deliveryFeeTable(req.scope) })
}

/** Replaces the table; carts price their parcels by it from now on (orders placed keep what they paid). */
export const POST = async (
  req: AuthenticatedMedusaRequest<DeliveryFeesBody>,
  res: MedusaResponse<{ delivery_fees: DeliveryFeeTable }>
) => {
  await setDeliveryFeesWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ delivery_fees: await deliveryFeeTable(req.scope) })
}
