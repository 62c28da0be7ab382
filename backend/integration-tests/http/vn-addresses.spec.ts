import type { HttpTypes, ICartModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "./test-runner"
import { ERROR_CODES } from "@ocop/contracts"
import { communeByName } from "@ocop/contracts/admin-units"
import { answerTo, readyCart, type Suite, seedDemoStore, demoRegionId } from "./demo-store"

jest.setTimeout(240_000)

const HA_TINH = "42"
const NGHE_AN = "40"

/** A delivery address in Hà Tĩnh, as the checkout sends it: names to show, the official codes in metadata. */
function addressIn(commune: { name: string; code: string }, provinceCode = HA_TINH) {
  return {
    first_name: "Trần Văn Bình",
    last_name: "",
    phone: "0912345678",
    address_1: "Thôn 3",
    city: commune.name,
    province: "Hà Tĩnh",
    country_code: "vn",
    metadata: { province_code: provinceCode, commune_code: commune.code },
  }
}

/** Addresses after the 2025 reform (issue 17): a cart's commune must belong to its province. */
integrationTestRunner({
  testSuite: ({ api, getContainer }: Suite) => {
    let storeHeaders: { headers: Record<string, string> }
    let cartId: string
    let regionId: string

    beforeAll(async () => {
      const container = getContainer()
      storeHeaders = await seedDemoStore(container)
      regionId = await demoRegionId(container)
      const { data } = await api.post<HttpTypes.StoreCartResponse>("/store/carts", { region_id: regionId }, storeHeaders)
      cartId = data.cart.id
    })

    const canLoc = communeByName(HA_TINH, "Xã Can Lộc")!
    const vinh = communeByName(NGHE_AN, "Phường Vinh Phú")!

    async function shippingAddress() {
      const { data } = await api.get<HttpTypes.StoreCartResponse>(`/store/carts/${cartId}?fields=*shipping_address`, storeHeaders)
      return data.cart.shipping_address
    }

    it("keeps a commune of the chosen province with its official codes", async () => {
      await api.post(`/store/carts/${cartId}`, { shipping_address: addressIn(canLoc) }, storeHeaders)
      expect(await shippingAddress()).toMatchObject({
        city: "Xã Can Lộc",
        province: "Hà Tĩnh",
        metadata: { province_code: HA_TINH, commune_code: canLoc.code },
      })
    })

    it("refuses a commune of another province with its code, and stores nothing of it", async () => {
      const answer = await answerTo(api.post(`/store/carts/${cartId}`, { shipping_address: addressIn(vinh) }, storeHeaders))
      expect(answer.status).toBe(400)
      expect(answer.data).toMatchObject({ code: ERROR_CODES.COMMUNE_NOT_IN_PROVINCE })
      expect(answer.data.message).toBe("Phường Vinh Phú không thuộc Hà Tĩnh. Vui lòng chọn phường/xã của Hà Tĩnh.")
      // Nothing of the refused commune was stored.
      const kept = await shippingAddress()
      expect(kept?.city).not.toBe(vinh.name)
      expect(kept?.metadata?.commune_code).not.toBe(vinh.code)
    })

    it("refuses a commune that does not exist, by code or by a name no longer in the list", async () => {
      const byCode = await answerTo(
        api.post(`/store/carts/${cartId}`, { shipping_address: addressIn({ name: "Xã Can Lộc", code: "99999" }) }, storeHeaders)
      )
      expect(byCode.status).toBe(400)
      expect(byCode.data.code).toBe(ERROR_CODES.UNKNOWN_COMMUNE)
      expect(byCode.data.message).toMatch(/^Phường\/xã không có trong danh sách/)

      // Xã Hương Long merged into Xã Hương Khê on 1/7/2025: a client without codes sending the old name is refused too.
      const { metadata: _codes, ...withoutCodes } = addressIn(canLoc)
      const byName = await answerTo(
        api.post(`/store/carts/${cartId}`, { shipping_address: { ...withoutCodes, city: "Xã Hương Long" } }, storeHeaders)
      )
      expect(byName.status).toBe(400)
      expect(byName.data.code).toBe(ERROR_CODES.UNKNOWN_COMMUNE)

      // The current name is accepted.
      await api.post(`/store/carts/${cartId}`, { shipping_address: { ...withoutCodes, city: "Xã Hương Khê" } }, storeHeaders)
      expect((await shippingAddress())?.city).toBe("Xã Hương Khê")
    })

    it("places no order for an address set around the check whose commune is gone", async () => {
      const { data } = await api.get<{ products: { variants: { id: string }[] }[] }>(
        "/store/products?handle=nuoc-mam-ky-phu&fields=variants.id",
        storeHeaders
      )
      const readyId = await readyCart(api, storeHeaders, regionId, [{ variant_id: data.products[0].variants[0].id, quantity: 1 }])
      await getContainer()
        .resolve<ICartModuleService>(Modules.CART)
        .updateCarts(readyId, {
          shipping_address: { address_1: "Thôn 3", city: "Xã Hương Long", province: "Hà Tĩnh", country_code: "vn" },
        })
      const answer = await answerTo(api.post(`/store/carts/${readyId}/complete`, {}, storeHeaders))
      expect(answer.status).toBe(400)
      expect(answer.data.code).toBe(ERROR_CODES.UNKNOWN_COMMUNE)
    })

    it("still shows an address written before the reform, with its district and no codes", async () => {
      // Written before this check existed (straight to the cart module, as an old cart's row is).
      const cartModule = getContainer().resolve<ICartModuleService>(Modules.CART)
      await cartModule.updateCarts(cartId, {
        shipping_address: {
          first_name: "Trần Văn Bình",
          address_1: "Thôn 3",
          address_2: "Huyện Hương Khê",
          city: "Xã Hương Long",
          province: "Hà Tĩnh",
          country_code: "vn",
        },
      })
      expect(await shippingAddress()).toMatchObject({
        address_1: "Thôn 3",
        address_2: "Huyện Hương Khê",
        city: "Xã Hương Long",
        province: "Hà Tĩnh",
      })
    })
  },
})
