import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  poweredByHeader: false,
  async rewrites() {
    // Crawlers look for the sitemap at /sitemap.xml: the index of app/sitemap.ts's files answers there.
    // (A route at app/sitemap.xml/ would clash with that metadata file, even with generateSitemaps.)
    return { beforeFiles: [{ source: "/sitemap.xml", destination: "/sitemap-index.xml" }] }
  },
  experimental: {
    serverActions: {
      // The producer portal uploads pictures through server actions: up to 8 of at most 5 MB each per
      // form (modules/producer/images.ts), plus the multipart overhead. The default is 1 MB.
      bodySizeLimit: "42mb",
    },
  },
}

export default nextConfig
