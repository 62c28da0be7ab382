"use server"

import { redirect } from "next/navigation"
import { lookUpOrder } from "@/lib/data/orders"
import { attempt } from "@/modules/common/actions/attempt"
import type { FormState } from "@/modules/common/form-state"
import { readFields } from "@/modules/common/form-values"
import { LOOKUP_FIELDS, type LookupField, readLookupForm } from "@/modules/orders/lookup"

/** A guest's order lookup (issue 17): a match opens the order's own page, a miss says so in the form. */
export async function lookUpOrderAction(_prev: FormState<LookupField>, form: FormData): Promise<FormState<LookupField>> {
  const values = readFields(form, LOOKUP_FIELDS)
  const read = readLookupForm(form)
  if (!read.ok) return { status: "error", errors: read.errors, values }
  const found = await attempt(() => lookUpOrder(read.request), "guest looks an order up")
  if (!found.ok) return { status: "error", message: found.message, values }
  redirect(`/order/${encodeURIComponent(found.value)}/confirmed`)
}
