import PortalAuthFrame from "@/modules/common/components/portal-auth-frame"

/** Logging in at the counter: the app's name, nothing else. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <PortalAuthFrame home="/showroom" name="Quầy bán hàng">
      {children}
    </PortalAuthFrame>
  )
}
