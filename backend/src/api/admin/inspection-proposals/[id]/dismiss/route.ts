import { decisionRoute } from "../decision"

export const POST = decisionRoute("dismissed")
