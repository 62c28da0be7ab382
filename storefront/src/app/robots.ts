import type { MetadataRoute } from "next"

export default function robots(): MetadataRoute.Robots {
  // Shopper-specific pages have nothing to index.
  return { rules: { userAgent: "*", allow: "/", disallow: ["/cart", "/checkout", "/order/"] } }
}
