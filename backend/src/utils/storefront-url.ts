/** The shop's public address, without a trailing slash: what feeds and stamp QR codes link to. */
export const storefrontUrl = () => (process.env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/$/, "")
