import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { currentCustomer, LOGIN_PATH } from "@/lib/data/customer"
import { saveAddressAction } from "@/modules/account/actions/account"
import { addressFormValues } from "@/modules/account/address-book"
import AddressForm from "@/modules/account/components/address-form"
import { provinceChoices } from "@/modules/checkout/address-units"

export const metadata: Metadata = { title: "Thêm địa chỉ", robots: { index: false } }

export default async function NewAddressPage() {
  const customer = await currentCustomer()
  if (!customer) redirect(LOGIN_PATH)
  // The first entry is the default one unless the shopper says otherwise.
  const defaults = { ...addressFormValues(null), full_name: customer.first_name ?? "", phone: customer.phone ?? "" }
  if (!customer.addresses?.length) defaults.is_default = "on"
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold">Thêm địa chỉ</h1>
      <AddressForm action={saveAddressAction.bind(null, null)} provinces={provinceChoices()} defaults={defaults} />
    </div>
  )
}
