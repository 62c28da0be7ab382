import { defineLink } from "@medusajs/framework/utils"
import InspectionModule from "../modules/inspection"
import OcopModule from "../modules/ocop"

// A proposal is about one certificate, named by id: the office sees its decision number and status.
export default defineLink(
  { linkable: InspectionModule.linkable.inspectionProposal, field: "certificate_id" },
  OcopModule.linkable.certificate,
  {
    readOnly: true,
  }
)
