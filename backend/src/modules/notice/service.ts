import { MedusaService } from "@medusajs/framework/utils"
import { Notice } from "./models/notice"

export default class NoticeModuleService extends MedusaService({ Notice }) {}
