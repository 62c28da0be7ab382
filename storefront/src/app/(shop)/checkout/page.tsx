import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { stripePublishableKey } from "@/lib/config"
import { listDeliveryChoices, listPaymentProviderIds, retrieveCart } from "@/lib/data/cart"
import { currentCustomer } from "@/lib/data/customer"
import { defaultAddress } from "@/modules/account/address-book"
import ItemSummary from "@/modules/cart/components/item-summary"
import Totals from "@/modules/cart/components/totals"
import { provinceChoices, unitCodesOf } from "@/modules/checkout/address-units"
import CheckoutForm from "@/modules/checkout/components/checkout-form"
import { CARD_RETURN_NOTICE, offersCards } from "@/modules/checkout/payment"
import { deliveryOptions } from "@/modules/checkout/shipping"

export const metadata: Metadata = {
  title: "Thanh toán",
  description:
    "Nhập địa chỉ giao hàng hoặc chọn nhận tại điểm bán OCOP, đặt hàng, thanh toán khi nhận hàng, chuyển khoản VietQR hoặc thẻ quốc tế.",
  robots: { index: false },
}

export default async function CheckoutPage({ searchParams }: PageProps<"/checkout">) {
  const cart = await retrieveCart()
  if (!cart?.items?.length) redirect("/cart")
  const { the } = await searchParams

  // Without Stripe's key the backend is not even asked: the storefront has nothing to pay cards with.
  const stripeKey = stripePublishableKey()
  const cards = !!stripeKey && !!cart.region_id && offersCards(await listPaymentProviderIds(cart.region_id), stripeKey)

  const options = deliveryOptions(await listDeliveryChoices(cart.id))
  // A logged-in shopper's default address fills a cart that has none yet.
  const customer = await currentCustomer()
  const address = cart.shipping_address?.address_1 ? cart.shipping_address : defaultAddress(customer)
  const units = unitCodesOf(address)

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Thanh toán</h1>
      <div className="grid gap-10 lg:grid-cols-[1fr_22rem]">
        <CheckoutForm
          defaults={{
            full_name: address?.first_name ?? "",
            email: cart.email ?? customer?.email ?? "",
            phone: address?.phone ?? "",
            province: units.province,
            commune: units.commune,
            address: address?.address_1 ?? "",
          }}
          deliveryOptions={options}
          provinces={provinceChoices()}
          stripeKey={cards ? stripeKey : null}
          notice={typeof the === "string" ? CARD_RETURN_NOTICE[the] : undefined}
        />
        <section aria-labelledby="checkout-summary-heading" className="flex flex-col gap-4 self-start rounded-lg bg-stone-50 p-5">
          <h2 id="checkout-summary-heading" className="text-xl font-bold">
            Đơn hàng của bạn
          </h2>
          <ItemSummary items={cart.items} />
          <Totals of={cart} />
        </section>
      </div>
    </div>
  )
}
