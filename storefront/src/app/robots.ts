import type { MetadataRoute } from "next"
import { storefrontUrl } from "@/lib/config"

// Read per request: the sitemap's address comes from STOREFRONT_URL at run time, not at build.
export const dynamic = "force-dynamic"

export default function robots(): MetadataRoute.Robots {
  // Shopper-specific pages, the producer portal and the showroom counter have nothing to index
  // ("/producer/", not "/producer": rules match prefixes, and the public producer pages are under
  // "/producers/"; likewise "/showroom/" leaves the public "/showrooms" pages alone).
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/cart", "/checkout", "/order/", "/producer/", "/showroom/"] },
    sitemap: `${storefrontUrl()}/sitemap.xml`,
  }
}
