import { defineRouteConfig } from "@medusajs/admin-sdk"
import { RocketLaunch } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import type { DeliveryFeeTable } from "@ocop/contracts"
import { DeliveryFeesBody, fieldErrors } from "@ocop/contracts/schemas"
import { useId, useState } from "react"
import { errorMessage } from "../../lib/certificates"
import { useDeliveryFees, useSaveDeliveryFees } from "../../lib/delivery-fees"
import { formatDateTime, formatVnd } from "../../lib/format"

/** What the office types: đồng as digits ("35000" or "35.000"); blank for a province means the flat fee. */
type Draft = { flat_fee: string; provinces: Record<string, string> }

const draftOf = (table: DeliveryFeeTable): Draft => ({
  flat_fee: String(table.flat_fee),
  provinces: Object.fromEntries(table.provinces.map((p) => [p.code, p.fee === null ? "" : String(p.fee)])),
})

/** "35.000" → 35000; anything that is not digits and dots stays a number zod refuses with its sentence. */
const amountOf = (typed: string) => (/^[\d.\s]+$/.test(typed.trim()) ? Number(typed.replace(/[.\s]/g, "")) : Number.NaN)

function bodyOf(draft: Draft): unknown {
  return {
    flat_fee: amountOf(draft.flat_fee),
    provinces: Object.entries(draft.provinces)
      .filter(([, typed]) => typed.trim() !== "")
      .map(([province_code, typed]) => ({ province_code, fee: amountOf(typed) })),
  }
}

const FeeTableForm = ({ table }: { table: DeliveryFeeTable }) => {
  const flatId = useId()
  const [draft, setDraft] = useState(() => draftOf(table))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const save = useSaveDeliveryFees()
  const body = bodyOf(draft) as { provinces: { province_code: string }[] }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const parsed = DeliveryFeesBody.safeParse(body)
    if (!parsed.success) {
      // A province's error is keyed by its code, so it shows on its own row.
      const { fields, other } = fieldErrors(parsed.error, (path) =>
        path[0] === "provinces" && typeof path[1] === "number" ? body.provinces[path[1]]?.province_code : "flat_fee"
      )
      setErrors(fields as Record<string, string>)
      if (other.length) toast.error("Chưa lưu được bảng phí", { description: other.join(" ") })
      return
    }
    setErrors({})
    try {
      const saved = await save.mutateAsync(parsed.data)
      setDraft(draftOf(saved.delivery_fees))
      toast.success("Đã lưu bảng phí giao hàng", { description: "Giỏ hàng từ bây giờ tính phí theo bảng mới." })
    } catch (error) {
      toast.error("Chưa lưu được bảng phí", { description: errorMessage(error) })
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className="flex flex-wrap items-end gap-4 px-6 py-4">
        <div className="flex flex-col gap-1">
          <Label htmlFor={flatId} size="small" weight="plus">
            Phí chung mỗi kiện (₫)
          </Label>
          <Input
            id={flatId}
            inputMode="numeric"
            size="small"
            value={draft.flat_fee}
            aria-invalid={Boolean(errors.flat_fee)}
            aria-describedby={errors.flat_fee ? `${flatId}-error` : undefined}
            onChange={(event) => setDraft({ ...draft, flat_fee: event.target.value })}
          />
          {errors.flat_fee && (
            <Text id={`${flatId}-error`} size="small" className="text-ui-fg-error">
              {errors.flat_fee}
            </Text>
          )}
        </div>
        <Button size="small" type="submit" isLoading={save.isPending}>
          Lưu bảng phí
        </Button>
        <Text size="small" className="text-ui-fg-subtle">
          {table.updated_at ? `Lưu lần cuối ${formatDateTime(table.updated_at)}` : "Đang dùng phí mặc định."}
        </Text>
      </div>
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tỉnh, thành phố</Table.HeaderCell>
              <Table.HeaderCell>Phí riêng mỗi kiện (₫)</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Đang tính</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {table.provinces.map((province) => {
              const typed = draft.provinces[province.code] ?? ""
              const error = errors[province.code]
              const charged = typed.trim() === "" ? amountOf(draft.flat_fee) : amountOf(typed)
              return (
                <Table.Row key={province.code}>
                  <Table.Cell>{province.name}</Table.Cell>
                  <Table.Cell>
                    <Input
                      aria-label={`Phí riêng của ${province.name}`}
                      inputMode="numeric"
                      size="small"
                      placeholder="Theo phí chung"
                      value={typed}
                      aria-invalid={Boolean(error)}
                      onChange={(event) =>
                        setDraft({ ...draft, provinces: { ...draft.provinces, [province.code]: event.target.value } })
                      }
                    />
                    {error && (
                      <Text size="small" className="text-ui-fg-error">
                        {error}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {Number.isFinite(charged) ? formatVnd(charged) : "—"}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      </div>
    </form>
  )
}

const DeliveryFeesPage = () => {
  const { data: table, isLoading, isError, error } = useDeliveryFees()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Phí giao hàng</Heading>
        <Text size="small" className="text-ui-fg-subtle max-w-2xl">
          Mỗi nhà sản xuất gửi một kiện riêng, nên phí tính theo kiện. Phí chung áp dụng cho mọi tỉnh, thành phố; nhập phí riêng
          cho nơi giao xa hoặc gần hơn (để trống là theo phí chung). Đơn đã đặt giữ nguyên phí đã tính.
        </Text>
      </div>
      {isError ? (
        <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>
      ) : isLoading || !table ? (
        <Text className="text-ui-fg-subtle px-6 py-4">Đang tải…</Text>
      ) : (
        <FeeTableForm table={table} />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Phí giao hàng", icon: RocketLaunch })

export default DeliveryFeesPage
