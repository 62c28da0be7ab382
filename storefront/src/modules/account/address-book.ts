import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { unitCodesOf } from "@/modules/checkout/address-units"
import type { AddressField } from "./forms"

// The address book as pages show and edit it; server side, as the units' data stays there.

/** The entry checkout fills in: the default one, else the first. */
export function defaultAddress(customer: HttpTypes.StoreCustomer | null): HttpTypes.StoreCustomerAddress | null {
  const addresses = customer?.addresses ?? []
  return addresses.find((address) => address.is_default_shipping) ?? addresses[0] ?? null
}

/**
 * An entry's form values. One written before the 2025 reform (a district, an abolished commune) keeps its
 * street line and name but leaves the pickers empty, for the shopper to choose the units again.
 */
export function addressFormValues(address: HttpTypes.StoreCustomerAddress | null): Record<AddressField, string> {
  const units = unitCodesOf(address)
  return {
    full_name: address?.first_name ?? "",
    phone: address?.phone ?? "",
    province: units.province,
    commune: units.commune,
    address: address?.address_1 ?? "",
    is_default: address?.is_default_shipping ? "on" : "",
  }
}

/** Whether the entry names units of the 2025 map; older ones still show, with a word to update them. */
export function isCurrentAddress(address: HttpTypes.StoreCustomerAddress): boolean {
  return unitCodesOf(address).commune !== ""
}
