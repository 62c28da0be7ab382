// The producer portal's own shapes. What the API answers is in @ocop/contracts (docs/PRODUCER-API.md);
// what the portal sends is typed by the API's own schemas.
export type {
  NewProductInput as NewProduct,
  NewVariantInput as NewVariant,
  ProducerFields as ProducerInput,
  ProductUpdate,
  ProfileUpdate,
  VariantUpdate,
} from "@ocop/contracts/schemas"

/**
 * A customer's address as `customerAddressLine` reads it: the API answers one line, and Medusa's
 * address fields are read too.
 */
export type CustomerAddress =
  | string
  | {
      address_1?: string | null
      address_2?: string | null
      city?: string | null
      province?: string | null
    }
  | null
