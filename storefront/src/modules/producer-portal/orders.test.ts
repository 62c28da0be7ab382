import { describe, expect, it } from "vitest"
import { batchFieldName, customerAddressLine, orderActions, parseOrderStatus, readShipForm } from "./orders"
import { formWith } from "@/modules/common/form-data"

describe("order status", () => {
  it("opens on the orders waiting for confirmation when the query names no known status", () => {
    expect(parseOrderStatus("shipped")).toBe("shipped")
    expect(parseOrderStatus(["canceled", "shipped"])).toBe("canceled")
    expect(parseOrderStatus("delivered")).toBe("delivered")
    expect(parseOrderStatus("returned")).toBe("pending")
    expect(parseOrderStatus(undefined)).toBe("pending")
  })
})

describe("orderActions", () => {
  it("confirms only a pending part; ships or cancels it until it has left; nothing after", () => {
    const none = { confirm: false, ship: false, cancel: false, deliver: false, refuse: false }
    expect(orderActions("pending")).toEqual({ ...none, confirm: true, ship: true, cancel: true })
    expect(orderActions("confirmed")).toEqual({ ...none, ship: true, cancel: true })
    expect(orderActions("canceled")).toEqual(none)
  })

  it("reports a shipped cash-on-delivery parcel delivered or refused, once (issue 16)", () => {
    const none = { confirm: false, ship: false, cancel: false, deliver: false, refuse: false }
    expect(orderActions("shipped")).toEqual({ ...none, deliver: true, refuse: true })
    expect(orderActions("delivered")).toEqual(none)
    expect(orderActions("refused")).toEqual(none)
  })

  it("never ships a part the shopper collects at a showroom (the showroom hands it over and takes the cash)", () => {
    const none = { confirm: false, ship: false, cancel: false, deliver: false, refuse: false }
    expect(orderActions("confirmed", true)).toEqual({ ...none, cancel: true })
    expect(orderActions("shipped", true)).toEqual(none)
  })
})

describe("readShipForm", () => {
  it("requires a tracking number and sends the chosen carrier", () => {
    expect(readShipForm(formWith({ tracking_number: " GHN123 ", carrier: "J&T" }))).toEqual({
      ok: true,
      input: { tracking_number: "GHN123", carrier: "J&T", batches: [] },
    })
    expect(readShipForm(formWith({ tracking_number: "", carrier: "GHN" }))).toEqual({
      ok: false,
      errors: { tracking_number: "Nhập mã vận đơn." },
    })
  })

  it("leaves the carrier out when none is chosen, and refuses one outside the list", () => {
    expect(readShipForm(formWith({ tracking_number: "A1" }))).toEqual({ ok: true, input: { tracking_number: "A1", batches: [] } })
    expect(readShipForm(formWith({ tracking_number: "A1", carrier: "Grab" }))).toEqual({
      ok: false,
      errors: { carrier: "Vui lòng chọn đơn vị vận chuyển trong danh sách." },
    })
  })

  it("sends the batch named for each line, and none for a line left without one", () => {
    const form = formWith({ tracking_number: "A1", [batchFieldName("ordli_1")]: "batch_A", [batchFieldName("ordli_2")]: "" })
    expect(readShipForm(form)).toEqual({
      ok: true,
      input: { tracking_number: "A1", batches: [{ line_item_id: "ordli_1", batch_id: "batch_A" }] },
    })
  })
})

describe("customerAddressLine", () => {
  it("accepts the address as one line or as Medusa address fields", () => {
    expect(customerAddressLine("Thôn 3, Xã Hương Long, Hà Tĩnh")).toBe("Thôn 3, Xã Hương Long, Hà Tĩnh")
    expect(customerAddressLine({ address_1: "Thôn 3", city: "Xã Hương Long", province: "Hà Tĩnh" })).toBe(
      "Thôn 3, Xã Hương Long, Hà Tĩnh"
    )
    expect(customerAddressLine({ address_1: " ", city: null })).toBeNull()
    expect(customerAddressLine(null)).toBeNull()
  })
})
