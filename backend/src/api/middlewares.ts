import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { SetCartDeliveryBody } from "./store/carts/[id]/delivery/validators"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/store/carts/:id/delivery",
      method: ["POST"],
      middlewares: [validateAndTransformBody(SetCartDeliveryBody)],
    },
  ],
})
