import type { MetadataRoute } from "next"

export default function robots(): MetadataRoute.Robots {
  // Shopper-specific pages and the producer portal have nothing to index ("/producer/", not
  // "/producer": rules match prefixes, and the public producer pages are under "/producers/").
  return { rules: { userAgent: "*", allow: "/", disallow: ["/cart", "/checkout", "/order/", "/producer/"] } }
}
