import type { MetadataRoute } from "next"

export default function robots(): MetadataRoute.Robots {
  // Shopper-specific pages, the producer portal and the showroom counter have nothing to index
  // ("/producer/", not "/producer": rules match prefixes, and the public producer pages are under
  // "/producers/"; likewise "/showroom/" leaves the public "/showrooms" pages alone).
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/cart", "/checkout", "/order/", "/producer/", "/showroom/"] },
  }
}
