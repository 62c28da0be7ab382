import type { IProductModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** SKUs are unique across the marketplace: a stamp or a feed names a packaging by its SKU. */
export const assertSkusFreeStep = createStep("assert-skus-free", async (input: { skus: string[] }, { container }) => {
  const taken = await container
    .resolve<IProductModuleService>(Modules.PRODUCT)
    .listProductVariants({ sku: input.skus }, { select: ["sku"] })
  if (taken.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `SKU ${taken.map((v) => v.sku).join(", ")} đã được dùng cho một sản phẩm khác; hãy chọn mã khác.`
    )
  }
  return new StepResponse(undefined)
})
