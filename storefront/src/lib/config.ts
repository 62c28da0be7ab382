import "server-only"
import Medusa from "@medusajs/js-sdk"

let sdk: Medusa | undefined

/** Where the Medusa backend answers, read from the server's environment at run time. */
export function backendUrl(): string {
  return process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
}

/**
 * The public address of the bucket the backend keeps pictures in when it stores files in S3: the same
 * S3_FILE_URL the backend is given; unset when pictures are the backend's own uploads.
 */
export function filesUrl(): string | undefined {
  return process.env.S3_FILE_URL?.trim() || undefined
}

/**
 * The storefront's public address, for absolute links crawlers read (sitemap, robots.txt): the same
 * STOREFRONT_URL the backend is given (`pnpm start` sets both), read at run time, without a trailing slash.
 */
export function storefrontUrl(): string {
  return (process.env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/+$/, "")
}

/**
 * Stripe's publishable key (pk_…), which turns on the card choice at checkout when the backend offers
 * Stripe too. Read at run time like the others: Next would bake a literal `process.env.NEXT_PUBLIC_…`
 * into the build, and `pnpm start` does not rebuild when only the environment changed.
 */
export function stripePublishableKey(): string | undefined {
  const name = "NEXT_PUBLIC_STRIPE_KEY"
  return process.env[name]?.trim() || undefined
}

/**
 * The one Medusa SDK instance. Built on first use, not at import, so that `next build` needs neither
 * the backend nor its key, and both are read from the server's environment at run time.
 */
export function getSdk(): Medusa {
  if (!sdk) {
    const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
    if (!publishableKey) {
      throw new Error(
        "MEDUSA_PUBLISHABLE_KEY is not set: the storefront needs the backend's publishable API key " +
          "(Medusa Admin → Settings → Publishable API Keys) to call the store API."
      )
    }
    sdk = new Medusa({
      baseUrl: backendUrl(),
      publishableKey,
    })
  }
  return sdk
}
