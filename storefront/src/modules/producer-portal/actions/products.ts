"use server"

import { refresh, updateTag } from "next/cache"
import { redirect } from "next/navigation"
import { PRODUCTS_TAG } from "@/lib/data/products"
import { expireTag } from "@/lib/data/shared-read"
import {
  addVariant,
  createProduct,
  getProduct,
  publishStandard,
  updateProduct,
  updateVariant,
  uploadImages,
} from "@/lib/data/producer-portal"
import type { FormState } from "@/modules/common/form-state"
import { chosenFiles } from "@/modules/producer-portal/images"
import {
  NEW_PACKAGING_KEY,
  parseStock,
  parseVnd,
  priceError,
  readPackagingRows,
  readSingleRow,
  stockError,
  validatePackaging,
  validatePackagingRows,
  type PackagingErrors,
  type PackagingRow,
} from "@/modules/producer-portal/packaging"
import { productProblems, readProductFields } from "@/modules/producer-portal/product-form"
import { readStandardFields, type StandardField, standardProblems } from "@/modules/producer-portal/standard-form"
import { attempt } from "@/modules/common/actions/attempt"

export type ProductField = "title" | "description" | "images"

export type ProductFormState = FormState<ProductField> & {
  rows?: PackagingRow[]
  rowErrors?: Record<string, PackagingErrors>
  /** Pictures already stored by an attempt that failed later: sent again rather than re-uploaded. */
  uploaded?: string[]
  /** Changes with every answer, so the packaging rows are rebuilt from `rows`. */
  attempt?: number
}

function productFields(form: FormData) {
  return { values: readProductFields(form), errors: productProblems(form) }
}

/**
 * The product pages of the store show price and stock: expire them now, not stale-while-revalidate
 * ("max"), or the next shopper would still be served the old price while the page refreshes.
 */
function productChanged() {
  updateTag(PRODUCTS_TAG)
  expireTag(PRODUCTS_TAG)
  refresh()
}

export async function createProductAction(_prev: ProductFormState, form: FormData): Promise<ProductFormState> {
  const { values, errors } = productFields(form)
  const rows = readPackagingRows(form)
  const kept = form.getAll("uploaded").filter((url): url is string => typeof url === "string" && url !== "")
  const packagings = validatePackagingRows(rows)
  const answer = { values, rows, uploaded: kept, attempt: Date.now() }
  if (!packagings.ok || Object.keys(errors).length > 0) {
    return {
      ...answer,
      status: "error",
      errors,
      rowErrors: packagings.ok ? undefined : packagings.errors,
      message: packagings.ok ? undefined : packagings.formError,
    }
  }

  const upload = await attempt(() => uploadImages(chosenFiles(form.getAll("images") as (File | string)[])), "image upload")
  if (!upload.ok) return { ...answer, status: "error", errors: { images: upload.message } }
  const images = [...kept, ...upload.value]

  const created = await attempt(
    () =>
      createProduct({
        title: values.title,
        description: values.description || undefined,
        images: images.length > 0 ? images : undefined,
        variants: packagings.variants,
      }),
    "create product"
  )
  if (!created.ok) return { ...answer, uploaded: images, status: "error", message: created.message }
  redirect(`/producer/products/${created.value.id}?created=1`)
}

export async function updateProductAction(
  productId: string,
  _prev: FormState<ProductField>,
  form: FormData
): Promise<FormState<ProductField>> {
  const { values, errors } = productFields(form)
  if (Object.keys(errors).length > 0) return { status: "error", errors, values }

  // The current pictures from the backend, not from the page: another member may have changed them.
  const current = await attempt(() => getProduct(productId), "read product")
  if (!current.ok) return { status: "error", message: current.message, values }
  if (!current.value) return { status: "error", message: "Không tìm thấy sản phẩm này.", values }
  const removed = new Set(form.getAll("remove_images"))

  const upload = await attempt(() => uploadImages(chosenFiles(form.getAll("images") as (File | string)[])), "image upload")
  if (!upload.ok) return { status: "error", errors: { images: upload.message }, values }

  const saved = await attempt(
    () =>
      updateProduct(productId, {
        title: values.title,
        description: values.description,
        images: [...current.value!.images.filter((url) => !removed.has(url)), ...upload.value],
      }),
    "update product"
  )
  if (!saved.ok) return { status: "error", message: saved.message, values }
  productChanged()
  return { status: "success", message: "Đã lưu thông tin sản phẩm." }
}

export type VariantField = "price" | "stock"

/** One packaging's price and stock, saved from its own row on the product page. */
export async function updateVariantAction(
  productId: string,
  variantId: string,
  _prev: FormState<VariantField>,
  form: FormData
): Promise<FormState<VariantField>> {
  const values = {
    price: String(form.get("price") ?? "").trim(),
    stock: String(form.get("stock") ?? "").trim(),
  }
  const errors: Partial<Record<VariantField, string>> = {}
  const price = priceError(values.price)
  if (price) errors.price = price
  const stock = stockError(values.stock)
  if (stock) errors.stock = stock
  if (price || stock) return { status: "error", errors, values }

  const saved = await attempt(
    () => updateVariant(productId, variantId, { price: parseVnd(values.price)!, stock: parseStock(values.stock)! }),
    "update packaging"
  )
  if (!saved.ok) return { status: "error", message: saved.message, values }
  productChanged()
  return { status: "success", message: "Đã lưu." }
}

export type NewPackagingState = FormState & { rowErrors?: PackagingErrors; row?: PackagingRow }

export async function addVariantAction(productId: string, _prev: NewPackagingState, form: FormData): Promise<NewPackagingState> {
  const row = readSingleRow(form, NEW_PACKAGING_KEY)
  const validation = validatePackaging(row)
  if (!validation.ok) return { status: "error", row, rowErrors: validation.errors }

  const { variant } = validation
  const added = await attempt(() => addVariant(productId, variant), "add packaging")
  if (!added.ok) return { status: "error", row, message: added.message }
  productChanged()
  return { status: "success", message: `Đã thêm quy cách ${variant.title}.` }
}

/** Publishes a version of the product's TCCS or production process; the product page links it once in force. */
export async function publishStandardAction(
  productId: string,
  _prev: FormState<StandardField>,
  form: FormData
): Promise<FormState<StandardField>> {
  const values = readStandardFields(form)
  const [file] = chosenFiles(form.getAll("file") as (File | string)[])
  const errors = standardProblems(values, file ?? null)
  if (Object.keys(errors).length > 0) return { status: "error", errors, values }

  const published = await attempt(() => publishStandard(productId, values, file), "publish standard")
  if (!published.ok) return { status: "error", message: published.message, values }
  productChanged()
  return { status: "success", message: `Đã công bố ${values.version}.` }
}
