import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MovementKind } from "@ocop/contracts"
import type { MovementBody } from "@ocop/contracts/schemas"
import { linesBySku } from "../../queries/packagings-by-sku"
import { showroomShelf } from "../../queries/showroom-shelf"
import { moveShowroomStockWorkflow } from "../../workflows/showroom/move-showroom-stock"
import { showroomContext } from "./context"

/** Receipts, returns to the producer and adjustments: lines by SKU, at the staff member's own showroom. */
export const movementRoute =
  (kind: Exclude<MovementKind, "sale" | "customer_return">) =>
  async (req: AuthenticatedMedusaRequest<MovementBody>, res: MedusaResponse) => {
    const { staff, showroom } = await showroomContext(req)
    const { lines, ...rest } = req.validatedBody
    const { result } = await moveShowroomStockWorkflow(req.scope).run({
      input: {
        showroom_id: showroom.id,
        kind,
        lines: await linesBySku(req.scope, lines),
        actor: { type: "showroom_staff", id: staff.id },
        ...rest,
      },
    })
    res.status(201).json({ movement_ids: result, stock: await showroomShelf(req.scope, showroom.id) })
  }
