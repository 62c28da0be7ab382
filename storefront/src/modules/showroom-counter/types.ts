// The counter app's own shapes; what the API answers is in @ocop/contracts (docs/SHOWROOM-API.md).
import type { AdjustmentReason, MovementKind, PaymentMethod } from "@ocop/contracts"

export type { AdjustmentReason, MovementKind, PaymentMethod }

/**
 * Why a counter search read as an OCOP stamp code names no stamp: a typing error (the code's check
 * character does not match), or a code no stamp has.
 */
export type StampRefusal = "mistyped" | "unknown"
