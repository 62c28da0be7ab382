import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CHANNEL_FORMATS } from "../../modules/feed/formats"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import type { FeedSpec } from "./generate-feed"

/** A feed as the marketer describes it: what a file is written from, and whether it is served. */
export type FeedInput = FeedSpec & { active?: boolean }

/**
 * Refuses, naming them, filters that would silently match nothing: provinces and producers no
 * approved producer has, and a format the channel does not read.
 */
export async function assertFeedMakesSense(container: MedusaContainer, input: Partial<FeedInput>) {
  if (input.channel && input.format && !CHANNEL_FORMATS[input.channel].includes(input.format)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Kênh ${input.channel} không nhận tệp ${input.format.toUpperCase()}: chọn ${CHANNEL_FORMATS[input.channel].map((f) => f.toUpperCase()).join(" hoặc ")}.`
    )
  }
  const filters = input.filters
  if (!filters?.provinces?.length && !filters?.producers?.length) return
  const producers = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({ status: "approved" }, { select: ["handle", "province"] })
  const provinces = new Set(producers.map((p) => p.province))
  const handles = new Set(producers.map((p) => p.handle))
  const unknownProvinces = (filters.provinces ?? []).filter((province) => !provinces.has(province))
  if (unknownProvinces.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Không có nhà sản xuất OCOP nào ở: ${unknownProvinces.join(", ")}. Kiểm tra lại tên tỉnh/thành phố.`
    )
  }
  const unknownProducers = (filters.producers ?? []).filter((handle) => !handles.has(handle))
  if (unknownProducers.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Không tìm thấy nhà sản xuất: ${unknownProducers.join(", ")}.`)
  }
}
