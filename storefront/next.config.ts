import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    serverActions: {
      // The producer portal uploads pictures through server actions: up to 8 of at most 5 MB each per
      // form (modules/producer/images.ts), plus the multipart overhead. The default is 1 MB.
      bodySizeLimit: "42mb",
    },
  },
}

export default nextConfig
