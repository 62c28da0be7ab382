import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"

/** One request the Stripe client made: its form fields as Stripe's API receives them (`metadata[session_id]`). */
export type StandInRequest = { method: string; path: string; form: Record<string, string> }

type IntentStatus = "requires_payment_method" | "requires_action" | "succeeded" | "canceled"

export type StandInIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: IntentStatus
  capture_method: string
  client_secret: string
  metadata: Record<string, string>
  payment_method: null
  payment_method_types: string[]
  last_payment_error: null
  next_action: { type: "use_stripe_sdk" } | null
  created: number
  livemode: false
}

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`

async function formOf(req: IncomingMessage, url: URL): Promise<Record<string, string>> {
  let body = ""
  for await (const chunk of req) body += chunk
  return Object.fromEntries([...url.searchParams.entries(), ...new URLSearchParams(body).entries()])
}

/**
 * A local HTTP server standing in for api.stripe.com, which cannot be reached from here: the Stripe
 * client in the card provider talks to it (STRIPE_API_BASE). It keeps payment intents as Stripe does,
 * answers with the same JSON shapes, and records every request so a test can check what Stripe would
 * have received. What happens between the shopper's browser and Stripe (the Payment Element confirming,
 * 3-D Secure) is `confirm`.
 */
export class StripeStandIn {
  readonly requests: StandInRequest[] = []
  readonly intents = new Map<string, StandInIntent>()
  private server: Server | undefined

  /** Starts listening on a free port; returns the base address for STRIPE_API_BASE. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? "/", "http://stand-in")
      formOf(req, url).then((form) => {
        this.requests.push({ method: req.method ?? "GET", path: url.pathname, form })
        const [status, body] = this.answer(req.method ?? "GET", url.pathname, form)
        res.writeHead(status, { "content-type": "application/json", "request-id": newId("req") })
        res.end(JSON.stringify(body))
      })
    })
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop() {
    await new Promise((resolve) => this.server?.close(resolve))
  }

  /** The shopper confirmed on the Payment Element; their bank either took the money or asks for 3-D Secure first. */
  confirm(intentId: string, status: "succeeded" | "requires_action") {
    const intent = this.intents.get(intentId)!
    intent.status = status
    intent.next_action = status === "requires_action" ? { type: "use_stripe_sdk" } : null
    intent.amount_received = status === "succeeded" ? intent.amount : 0
  }

  /** The requests made to one endpoint, e.g. `POST /v1/refunds`. */
  made(method: string, path: string) {
    return this.requests.filter((request) => request.method === method && request.path === path)
  }

  private answer(method: string, path: string, form: Record<string, string>): [number, unknown] {
    if (method === "POST" && path === "/v1/payment_intents") {
      const id = newId("pi")
      const intent: StandInIntent = {
        id,
        object: "payment_intent",
        amount: Number(form.amount),
        amount_capturable: 0,
        amount_received: 0,
        currency: form.currency,
        status: "requires_payment_method",
        capture_method: form.capture_method ?? "automatic",
        client_secret: `${id}_secret_${randomBytes(8).toString("hex")}`,
        metadata: Object.fromEntries(
          Object.entries(form).flatMap(([key, value]) => {
            const name = /^metadata\[(.+)\]$/.exec(key)?.[1]
            return name ? [[name, value]] : []
          })
        ),
        payment_method: null,
        payment_method_types: Object.entries(form)
          .filter(([key]) => key.startsWith("payment_method_types["))
          .map(([, value]) => value),
        last_payment_error: null,
        next_action: null,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
      }
      this.intents.set(id, intent)
      return [200, intent]
    }
    const intentPath = /^\/v1\/payment_intents\/([^/]+)(?:\/(cancel))?$/.exec(path)
    const intent = intentPath && this.intents.get(intentPath[1])
    if (intent && method === "GET") return [200, intent]
    if (intent && method === "POST" && intentPath[2] === "cancel") {
      intent.status = "canceled"
      return [200, intent]
    }
    if (intent && method === "POST") {
      if (form.amount) intent.amount = Number(form.amount)
      return [200, intent]
    }
    if (method === "POST" && path === "/v1/refunds") {
      const refunded = this.intents.get(form.payment_intent)
      if (!refunded) return [404, { error: { type: "invalid_request_error", message: "No such payment_intent" } }]
      return [
        200,
        {
          id: newId("re"),
          object: "refund",
          amount: Number(form.amount),
          currency: refunded.currency,
          payment_intent: refunded.id,
          status: "succeeded",
        },
      ]
    }
    return [404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path})` } }]
  }
}
