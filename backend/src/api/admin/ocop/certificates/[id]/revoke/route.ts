import { statusChangeRoute } from "../status-change"

export const POST = statusChangeRoute("revoke")
