import { MedusaService } from "@medusajs/framework/utils"
import { Producer } from "./models/producer"
import { ProducerInvite } from "./models/producer-invite"
import { ProducerMember } from "./models/producer-member"
import { ProducerOrder } from "./models/producer-order"

class ProducerModuleService extends MedusaService({ Producer, ProducerMember, ProducerInvite, ProducerOrder }) {}

export default ProducerModuleService
