import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SHOWROOM_MODULE } from "../../../modules/showroom"
import type ShowroomModuleService from "../../../modules/showroom/service"
import { PUBLIC_SHOWROOM_FIELDS } from "../../../queries/public-showroom"

/** The open showrooms, by province, with where and when to find them. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const showrooms = await req.scope
    .resolve<ShowroomModuleService>(SHOWROOM_MODULE)
    .listShowrooms({ active: true }, { select: [...PUBLIC_SHOWROOM_FIELDS], order: { province: "ASC", name: "ASC" } })
  res.json({ showrooms })
}
