import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { payWithinHours } from "./src/modules/bank-transfer/pay-within"
import { mailOptions } from "./src/modules/mail/config"
import { receivingAccount } from "./src/modules/bank-transfer/receiving-account"
import { sepayWebhookKey } from "./src/modules/reconciliation/webhook-key"
import { stripeCardConfig } from "./src/modules/stripe-card/config"
import { signingSecrets } from "./src/utils/secrets"
import { fileProvider } from "./src/utils/file-storage"
import { workerMode } from "./src/utils/worker-mode"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const { JWT_SECRET, COOKIE_SECRET } = signingSecrets()
// Read here so a production server without the marketplace's bank account stops before it starts.
receivingAccount()
// And so does one whose time limit for a transfer would cancel orders at once, or never (issue 16).
payWithinHours()
// And so does one whose SePay webhook key could be guessed.
sepayWebhookKey()
// And so does one taking cards whose Stripe events it could not verify; unset, cards are off.
const stripeCard = stripeCardConfig()
// And so does one told to send mail through an SMTP server without a sender; unset, mail stays in the mailbox.
const mail = mailOptions()

const STOREFRONT_URL = process.env.STOREFRONT_URL || "http://localhost:8000"
const BACKEND_URL = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

// Redis switches the event bus, workflow engine and locking to their production providers (and
// Medusa keeps sessions there); without it everything runs in-process (single machine).
// Medusa's Caching Module is left out: in 2.21 it caches nothing unless the feature flag
// MEDUSA_FF_CACHING ("[WIP]") is on, and with it core workflows serve shipping options and other
// reads from a cache cleared by events alone, which our own modules' writes do not all emit.
const redisUrl = process.env.REDIS_URL
// A process told to take a role Medusa does not know, or to be a worker without Redis, stops here too.
const role = workerMode()
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : []

// Meilisearch answers catalog searches when MEILISEARCH_HOST is set (issue 18); without it, PostgreSQL does.
const meilisearchHost = process.env.MEILISEARCH_HOST

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    // Servers answer HTTP; the worker runs subscribers and scheduled jobs (once for the whole cluster).
    workerMode: role,
    http: {
      storeCors: process.env.STORE_CORS || STOREFRONT_URL,
      adminCors: process.env.ADMIN_CORS || BACKEND_URL,
      authCors: process.env.AUTH_CORS || `${STOREFRONT_URL},${BACKEND_URL}`,
      jwtSecret: JWT_SECRET,
      cookieSecret: COOKIE_SECRET,
    },
    // Medusa marks the admin session cookie Secure whenever NODE_ENV=production, and browsers then
    // drop it on plain http: `pnpm start` serves http://localhost, so Secure follows the URL.
    cookieOptions: { secure: BACKEND_URL.startsWith("https://") },
  },
  admin: {
    backendUrl: BACKEND_URL,
    // A worker serves no route, the Admin included. (`medusa build` skips the Admin when this is set,
    // so build with MEDUSA_WORKER_MODE unset and start every role from the same build.)
    disable: role === "worker",
  },
  modules: [
    { resolve: "./src/modules/ocop" },
    // With Redis, a card write tells every backend process to forget its cached catalog answers.
    { resolve: "./src/modules/catalog", options: { search_outbox: Boolean(meilisearchHost), redis_url: redisUrl } },
    {
      resolve: "./src/modules/search",
      options: { host: meilisearchHost, apiKey: process.env.MEILISEARCH_API_KEY },
    },
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/showroom" },
    { resolve: "./src/modules/traceability" },
    { resolve: "./src/modules/standard" },
    { resolve: "./src/modules/inspection" },
    { resolve: "./src/modules/feed" },
    { resolve: "./src/modules/reconciliation" },
    { resolve: "./src/modules/shopper-refund" },
    { resolve: "./src/modules/settlement" },
    { resolve: "./src/modules/delivery-fee" },
    // Files (pictures, TCCS documents, inspection evidence, the office's exports, feed files) go to the S3
    // bucket when S3_* is set, shared by every server; otherwise to UPLOADS_DIR, served by our GET /uploads/:name
    // (src/utils/file-storage.ts). Half an S3 configuration stops the server here.
    { resolve: "@medusajs/medusa/file", options: { providers: [fileProvider(BACKEND_URL)] } },
    // Cash on delivery is Medusa's system provider (pp_system_default), always registered; bank transfer
    // by VietQR is ours: pp_bank-transfer_bank-transfer; cards are Medusa's Stripe provider (pp_stripe_stripe)
    // when Stripe is configured. `capture: true` makes the payment intent capture as the shopper confirms it
    // on the checkout's last step, which completes the cart: the order is placed with its payment captured.
    // (Medusa captures nothing on its own after authorization, and a capture left to an event could be lost.)
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          { resolve: "./src/modules/bank-transfer", id: "bank-transfer" },
          ...(stripeCard
            ? [
                {
                  resolve: "./src/modules/stripe-card",
                  id: "stripe",
                  options: { ...stripeCard, capture: true },
                },
              ]
            : []),
        ],
      },
    },
    // E-mail (issue 17): notices are queued in the notice module by the workflow that owes them and delivered
    // after it through Medusa's notification module, whose provider renders them and sends them by SMTP, or
    // keeps them for the office's mailbox when SMTP_URL is unset.
    { resolve: "./src/modules/notice" },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [{ resolve: "./src/modules/mail", id: "mail", options: { channels: ["email"], ...mail } }],
      },
    },
    ...redisModules,
  ],
})
