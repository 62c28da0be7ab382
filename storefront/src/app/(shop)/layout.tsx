import ShopFrame from "@/modules/layout/components/shop-frame"

export default function ShopLayout({ children }: LayoutProps<"/">) {
  return <ShopFrame>{children}</ShopFrame>
}
