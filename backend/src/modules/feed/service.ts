import { MedusaService } from "@medusajs/framework/utils"
import { Feed } from "./models/feed"
import { FeedImage } from "./models/feed-image"
import { FeedRun } from "./models/feed-run"

export default class FeedModuleService extends MedusaService({ Feed, FeedRun, FeedImage }) {}
