import type { NextConfig } from "next"

// Read when the server starts as well as at build time, like the rest of the storefront's settings.
const backend = new URL(process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000")
// When the backend keeps files in an S3 bucket (S3_FILE_URL, the same value as the backend's), its pictures are there.
const files = process.env.S3_FILE_URL?.trim() ? new URL(process.env.S3_FILE_URL.trim()) : null
const httpOf = (url: URL) => (url.protocol === "https:" ? ("https" as const) : ("http" as const))

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Several storefront instances share one Next.js cache in Redis, so one `revalidateTag` reaches them all
  // (src/lib/redis/next-cache-handler.mjs); with no REDIS_URL each keeps its own on disk. Read when the
  // server starts: every instance must start with the same REDIS_URL and the same build.
  // Optimized pictures stay in each instance's own cache: uploads never change, so there is nothing to expire.
  cacheHandler: process.env.REDIS_URL ? require.resolve("./src/lib/redis/next-cache-handler.mjs") : undefined,
  images: {
    // Product cards ask the optimizer for the stored pictures only (lib/images.ts): the backend's uploads
    // or the bucket's, resized to the card, WebP, from this origin. They never change (random names), so
    // they are cached as long as the backend or the bucket says (a year).
    remotePatterns: [
      { protocol: httpOf(backend), hostname: backend.hostname, port: backend.port, pathname: "/uploads/**" },
      ...(files
        ? [
            {
              protocol: httpOf(files),
              hostname: files.hostname,
              port: files.port,
              pathname: `${files.pathname.replace(/\/+$/, "")}/**`,
            },
          ]
        : []),
    ],
    // The backend is often on a private address (localhost in the demo, a LAN or a VPC in production).
    // The pattern above lets the optimizer fetch nothing there but the backend's uploads.
    dangerouslyAllowLocalIP: true,
    // The widths the optimizer makes, and a srcset offers. A card is at most ~270 px wide (×3 on the
    // densest phones ≈ 828); Next's defaults (up to 3840) would put ten addresses per picture into the
    // HTML and again into its RSC payload. A wider optimized picture needs a width added here.
    imageSizes: [256, 384],
    deviceSizes: [640, 828],
  },
  async rewrites() {
    // Crawlers look for the sitemap at /sitemap.xml: the index of app/sitemap.ts's files answers there.
    // (A route at app/sitemap.xml/ would clash with that metadata file, even with generateSitemaps.)
    return { beforeFiles: [{ source: "/sitemap.xml", destination: "/sitemap-index.xml" }] }
  },
  experimental: {
    serverActions: {
      // The producer portal uploads pictures through server actions: up to 8 of at most 5 MB each per
      // form (modules/producer-portal/images.ts), plus the multipart overhead. The default is 1 MB.
      bodySizeLimit: "42mb",
    },
  },
}

export default nextConfig
