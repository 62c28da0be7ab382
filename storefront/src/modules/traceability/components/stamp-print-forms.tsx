import { DEFAULT_STAMP_LABEL_SIZE, STAMP_LABEL_SIZES } from "@ocop/contracts"
import { SelectField, secondaryButton, TextField } from "@/modules/common/components/fields"

const SIZE_OPTIONS = Object.entries(STAMP_LABEL_SIZES).map(([value, size]) => ({ value, label: size.label }))

/**
 * "In tem (PDF)": the batch's stamps as an A4 sheet of QR labels in the chosen size. A plain GET form to
 * a route handler, so the browser downloads the file the backend names.
 */
export function StampSheetForm({ batchId, lotNumber }: { batchId: string; lotNumber: string }) {
  const id = `stamp-size-${batchId}`
  return (
    <form action={`/producer/batches/${encodeURIComponent(batchId)}/stamps.pdf`} method="get" className="flex flex-col gap-2">
      <SelectField
        id={id}
        name="size"
        label={`Cỡ tem lô ${lotNumber}`}
        options={SIZE_OPTIONS}
        defaultValue={DEFAULT_STAMP_LABEL_SIZE}
      />
      <button type="submit" className={`${secondaryButton} self-start text-sm`}>
        In tem (PDF)<span className="sr-only"> lô {lotNumber}</span>
      </button>
    </form>
  )
}

/** One stamp's label as SVG, for a professional printer who places each label itself. */
export function StampLabelForm() {
  return (
    <form action="/producer/stamps/label.svg" method="get" className="flex flex-col gap-4">
      <TextField
        id="label-code"
        name="code"
        label="Mã của tem cần in"
        maxLength={100}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="XXXX-XXXX-XXXX-X"
        hint="Tệp SVG gồm mã QR và mã tem, in được ở mọi cỡ mà không vỡ nét."
      />
      <button type="submit" className={`${secondaryButton} self-start`}>
        Tải nhãn SVG
      </button>
    </form>
  )
}
