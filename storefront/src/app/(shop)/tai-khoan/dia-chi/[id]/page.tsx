import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { currentCustomer, LOGIN_PATH } from "@/lib/data/customer"
import { saveAddressAction } from "@/modules/account/actions/account"
import { addressFormValues } from "@/modules/account/address-book"
import AddressForm from "@/modules/account/components/address-form"
import { provinceChoices } from "@/modules/checkout/address-units"

export const metadata: Metadata = { title: "Sửa địa chỉ", robots: { index: false } }

export default async function EditAddressPage({ params }: PageProps<"/tai-khoan/dia-chi/[id]">) {
  const customer = await currentCustomer()
  if (!customer) redirect(LOGIN_PATH)
  const { id } = await params
  // Only the account's own entries: another's id is not found, as the backend answers it.
  const address = customer.addresses?.find((entry) => entry.id === id)
  if (!address) notFound()
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold">Sửa địa chỉ</h1>
      <AddressForm
        action={saveAddressAction.bind(null, address.id)}
        provinces={provinceChoices()}
        defaults={addressFormValues(address)}
      />
    </div>
  )
}
