import { model } from "@medusajs/framework/utils"

/**
 * What the public trace page shows of one packaging, whoever's stamp is scanned: its product, producer,
 * certificates (with their dates: validity is decided when read) and published standards. Written with
 * the product's catalog card by the listing workflows, so a scan reads one row instead of following the
 * product's links (workflows/traceability/trace-packaging.ts).
 */
export const TracePackaging = model
  .define("trace_packaging", {
    variant_id: model.text().primaryKey(),
    product_id: model.text(),
    trace: model.json(),
  })
  .indexes([{ on: ["product_id"] }])
