import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ERROR_CODES } from "@ocop/contracts"
import { isWebAddress, webAddressRefusal } from "@ocop/contracts/schemas"

type ProductPictures = { thumbnail?: unknown; images?: { url?: unknown }[] }

/**
 * Medusa's own product routes (Medusa Admin's product form) take any text as a picture address; the
 * office's pictures follow the same rule as a producer's: an absolute http(s) address, never javascript:.
 */
export function refuseUnsafePictureAddresses(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { thumbnail, images } = (req.body ?? {}) as ProductPictures
  const addresses = [thumbnail, ...(Array.isArray(images) ? images.map((image) => image?.url) : [])]
  const unsafe = addresses.some((address) => typeof address === "string" && address !== "" && !isWebAddress(address))
  if (!unsafe) return next()
  next(new MedusaError(MedusaError.Types.INVALID_DATA, webAddressRefusal("Địa chỉ ảnh sản phẩm"), ERROR_CODES.INVALID_URL))
}
