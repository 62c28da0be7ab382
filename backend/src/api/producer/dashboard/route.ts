import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DAY_MS, type ProducerDashboard } from "@ocop/contracts"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { portalProducts } from "../../../queries/portal-products"
import { producerCertificates } from "../../../queries/producer-certificates"
import { productsMissingStandard } from "../../../queries/missing-standards"
import { producerContext } from "../context"

/** Below this many units a packaging is flagged for restocking. */
export const LOW_STOCK = 10
/** Certificates ending within this many days are flagged: the renewal window opens 180 days before. */
const EXPIRING_DAYS = 180

/** What needs the producer's attention today. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { producer } = await producerContext(req)
  const [[, toFulfil], { products }, certificates, missingStandards] = await Promise.all([
    req.scope
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .listAndCountProducerOrders({ producer_id: producer.id, status: ["pending", "confirmed"] }, { take: 1 }),
    portalProducts(req.scope, producer.id, { limit: 1000 }),
    producerCertificates(req.scope, producer.id),
    productsMissingStandard(req.scope, producer.id),
  ])
  const horizon = Date.now() + EXPIRING_DAYS * DAY_MS
  const dashboard: ProducerDashboard = {
    orders_to_fulfil: toFulfil,
    low_stock: products.flatMap((product) =>
      product.variants
        .filter((variant) => variant.stock < LOW_STOCK)
        .map((variant) => ({
          product_id: product.id,
          product_title: product.title,
          variant_id: variant.id,
          variant_title: variant.title,
          sku: variant.sku,
          stock: variant.stock,
        }))
    ),
    expiring_certificates: certificates.filter(
      (c) => c.status === "valid" && new Date(c.valid_until).getTime() < horizon && new Date(c.valid_until).getTime() > Date.now()
    ),
    missing_standards: missingStandards,
  }
  res.json(dashboard)
}
