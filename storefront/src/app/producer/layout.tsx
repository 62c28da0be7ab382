import type { Metadata } from "next"

// The producer portal: its own frames ((auth) for logging in, (portal) once logged in), none of the
// shop's. Nothing here is for search engines.
export const metadata: Metadata = {
  title: { default: "Cổng nhà sản xuất", template: "%s · Cổng nhà sản xuất OCOP" },
  robots: { index: false, follow: false },
}

export default function ProducerLayout({ children }: LayoutProps<"/producer">) {
  return children
}
