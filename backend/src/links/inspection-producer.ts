import { defineLink } from "@medusajs/framework/utils"
import InspectionModule from "../modules/inspection"
import ProducerModule from "../modules/producer"

// An inspection is of one producer, named by id (no link table needed).
export default defineLink(
  { linkable: InspectionModule.linkable.inspection, field: "producer_id" },
  ProducerModule.linkable.producer,
  {
    readOnly: true,
  }
)
