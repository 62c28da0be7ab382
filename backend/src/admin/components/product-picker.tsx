import type { HttpTypes } from "@medusajs/framework/types"
import { Button, Input, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useEffect, useId, useState } from "react"
import { sdk } from "../lib/sdk"
import { Field, invalidProps } from "./form"
import { ProductThumbnail } from "./product-thumbnail"

/** The producer linked to a product (the certificate's owner), as the admin API returns it. */
type LinkedProducer = { name: string; commune: string | null; district_as_issued: string | null; province: string | null }

export type PickedProduct = Pick<HttpTypes.AdminProduct, "id" | "title" | "thumbnail" | "metadata" | "variants"> & {
  producer?: LinkedProducer | null
}

const producerOf = (product: PickedProduct) => product.producer?.name ?? null

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

/** Search the catalog by name and pick the product a decision recognises. */
export const ProductPicker = ({
  value,
  onChange,
  error,
}: {
  value: PickedProduct | null
  onChange: (product: PickedProduct | null) => void
  error?: string
}) => {
  const id = useId()
  const [q, setQ] = useState("")
  const search = useDebounced(q.trim(), 300)
  const { data, isFetching, isError } = useQuery({
    queryKey: ["ocop", "product-search", search],
    queryFn: () =>
      sdk.admin.product.list({
        q: search || undefined,
        fields:
          "id,title,thumbnail,metadata,*variants,producer.name,producer.commune,producer.district_as_issued,producer.province",
        limit: 8,
        order: "title",
      }),
    enabled: !value,
  })

  if (value) {
    return (
      <div className="flex flex-col gap-y-2">
        <Text size="small" weight="plus">
          Sản phẩm
        </Text>
        <div className="border-ui-border-base flex items-center gap-x-3 rounded-lg border p-3">
          <ProductThumbnail src={value.thumbnail} />
          <div className="flex flex-1 flex-col">
            <Text size="small" weight="plus">
              {value.title}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {[producerOf(value), `${value.variants?.length ?? 0} phiên bản`].filter(Boolean).join(" · ")}
            </Text>
          </div>
          <Button type="button" size="small" variant="secondary" onClick={() => onChange(null)}>
            Đổi sản phẩm
          </Button>
        </div>
      </div>
    )
  }

  const products = data?.products ?? []
  return (
    <Field id={`${id}-search`} label="Sản phẩm" error={error} hint="Gõ tên sản phẩm để tìm, rồi chọn trong danh sách.">
      <Input
        id={`${id}-search`}
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        placeholder="Tìm sản phẩm theo tên"
        autoComplete="off"
        aria-controls={`${id}-results`}
        {...invalidProps(`${id}-search`, error)}
      />
      <div
        id={`${id}-results`}
        role="listbox"
        aria-label="Kết quả tìm sản phẩm"
        aria-busy={isFetching}
        className="border-ui-border-base divide-ui-border-base max-h-72 divide-y overflow-y-auto rounded-lg border"
      >
        {isError && (
          <Text size="small" className="text-ui-fg-error p-3">
            Không tải được danh sách sản phẩm.
          </Text>
        )}
        {!isError && !products.length && (
          <Text size="small" className="text-ui-fg-subtle p-3">
            {isFetching ? "Đang tìm…" : "Không có sản phẩm nào khớp."}
          </Text>
        )}
        {products.map((product) => (
          <div
            key={product.id}
            role="option"
            aria-selected={false}
            tabIndex={0}
            onClick={() => onChange(product)}
            onKeyDown={(event) => {
              if (event.key === "Enter" || event.key === " ") {
                event.preventDefault()
                onChange(product)
              }
            }}
            className="hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover flex cursor-pointer items-center gap-x-3 px-3 py-2 outline-none"
          >
            <ProductThumbnail src={product.thumbnail} />
            <div className="flex flex-col">
              <Text size="small" weight="plus">
                {product.title}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {[producerOf(product), `${product.variants?.length ?? 0} phiên bản`].filter(Boolean).join(" · ")}
              </Text>
            </div>
          </div>
        ))}
      </div>
    </Field>
  )
}
