import { defineLink } from "@medusajs/framework/utils"
import InspectionModule from "../modules/inspection"
import OcopModule from "../modules/ocop"

// A violation counts against the certificate of the product it was found on, named by id.
export default defineLink(
  { linkable: InspectionModule.linkable.violation, field: "certificate_id" },
  OcopModule.linkable.certificate,
  {
    readOnly: true,
  }
)
