import { splitByProducer } from "../split-order"

describe("splitting an order by producer", () => {
  const producerOfProduct = new Map([
    ["prod_honey", "pdr_a"],
    ["prod_candy", "pdr_a"],
    ["prod_fish_sauce", "pdr_b"],
  ])
  const producerOfOption = new Map([
    ["so_a", "pdr_a"],
    ["so_b", "pdr_b"],
    ["so_c", "pdr_c"],
  ])

  it("gives each producer its own lines and its own delivery charge", () => {
    const parts = splitByProducer(
      [
        { id: "line_1", product_id: "prod_honey" },
        { id: "line_2", product_id: "prod_fish_sauce" },
        { id: "line_3", product_id: "prod_candy" },
      ],
      [
        { id: "sm_b", shipping_option_id: "so_b" },
        { id: "sm_a", shipping_option_id: "so_a" },
      ],
      producerOfProduct,
      producerOfOption
    )
    expect(parts).toEqual([
      { producer_id: "pdr_a", line_item_ids: ["line_1", "line_3"], shipping_method_ids: ["sm_a"] },
      { producer_id: "pdr_b", line_item_ids: ["line_2"], shipping_method_ids: ["sm_b"] },
    ])
  })

  it("leaves out lines without a producer and charges of producers with no line", () => {
    const parts = splitByProducer(
      [
        { id: "line_1", product_id: "prod_unknown" },
        { id: "line_2", product_id: null },
        { id: "line_3", product_id: "prod_honey" },
      ],
      [{ id: "sm_c", shipping_option_id: "so_c" }],
      producerOfProduct,
      producerOfOption
    )
    expect(parts).toEqual([{ producer_id: "pdr_a", line_item_ids: ["line_3"], shipping_method_ids: [] }])
  })
})
