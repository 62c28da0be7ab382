import type { Metadata } from "next"

// The showroom counter app (POS) of an OCOP display-and-sales point: its own frames ((auth) for
// logging in, (counter) once logged in), none of the shop's. Nothing here is for search engines.
export const metadata: Metadata = {
  title: { default: "Quầy bán hàng", template: "%s · Quầy bán hàng OCOP" },
  robots: { index: false, follow: false },
}

export default function ShowroomLayout({ children }: LayoutProps<"/showroom">) {
  return children
}
