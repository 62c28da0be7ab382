// The portal's form controls: a visible label on every input, its error tied to it, the shop's look.
import type { FormState } from "@/modules/common/form-state"

export const inputClass =
  "w-full rounded-lg border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700"

export const primaryButton =
  "rounded-lg bg-emerald-700 px-5 py-2.5 font-semibold text-white hover:bg-emerald-800 disabled:cursor-wait disabled:bg-stone-200 disabled:text-stone-600"

export const secondaryButton =
  "rounded-lg border border-stone-400 bg-white px-4 py-2 font-semibold hover:bg-stone-100 disabled:cursor-wait disabled:text-stone-500"

export const dangerButton =
  "rounded-lg border border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:cursor-wait disabled:text-stone-500"

type FieldProps = {
  id: string
  label: React.ReactNode
  error?: string
  hint?: React.ReactNode
  /** Shown after the label; required fields say nothing (most are). */
  optional?: boolean
}

const errorId = (id: string) => `${id}-error`
const hintId = (id: string) => `${id}-hint`

/** aria-invalid and aria-describedby for an input with this id. */
export function describe(id: string, error?: string, hint?: React.ReactNode) {
  const describedBy = [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean).join(" ")
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined }
}

export function FieldFrame({ id, label, error, hint, optional, children }: FieldProps & { children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
        {optional && <span className="font-normal text-stone-600"> (không bắt buộc)</span>}
      </label>
      {children}
      {hint && (
        <p id={hintId(id)} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  )
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null
  return (
    <p id={errorId(id)} className="text-sm font-semibold text-red-700">
      {error}
    </p>
  )
}

export function TextField({
  id,
  label,
  error,
  hint,
  optional,
  ...input
}: FieldProps & Omit<React.ComponentProps<"input">, "id">) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} optional={optional}>
      <input
        id={id}
        required={!optional}
        // Keyed on the value so a refused submission's text is shown again (defaultValue applies on mount).
        key={String(input.defaultValue ?? "")}
        className={inputClass}
        {...describe(id, error, hint)}
        {...input}
      />
    </FieldFrame>
  )
}

/**
 * A password input, as every login and account form has it: always named "password", the one field a
 * refused form never gets back (so no defaultValue). `isNew` makes the browser offer a new password
 * rather than the saved one.
 */
export function PasswordField({
  id,
  label = "Mật khẩu",
  isNew = false,
  error,
  hint,
  minLength,
}: Omit<FieldProps, "optional" | "label"> & { label?: React.ReactNode; isNew?: boolean; minLength?: number }) {
  return (
    <TextField
      id={id}
      name="password"
      label={label}
      type="password"
      autoComplete={isNew ? "new-password" : "current-password"}
      minLength={minLength}
      hint={hint}
      error={error}
    />
  )
}

export function TextAreaField({
  id,
  label,
  error,
  hint,
  optional,
  ...textarea
}: FieldProps & Omit<React.ComponentProps<"textarea">, "id">) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} optional={optional}>
      <textarea
        id={id}
        required={!optional}
        key={String(textarea.defaultValue ?? "")}
        rows={4}
        className={inputClass}
        {...describe(id, error, hint)}
        {...textarea}
      />
    </FieldFrame>
  )
}

export function SelectField({
  id,
  label,
  error,
  hint,
  optional,
  placeholder,
  options,
  ...select
}: FieldProps & {
  placeholder?: string
  options: readonly (string | { value: string; label: string })[]
} & Omit<React.ComponentProps<"select">, "id">) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} optional={optional}>
      <select
        id={id}
        required={!optional}
        key={String(select.defaultValue ?? "")}
        className={inputClass}
        {...describe(id, error, hint)}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => {
          const { value, label: text } = typeof option === "string" ? { value: option, label: option } : option
          return (
            <option key={value} value={value}>
              {text}
            </option>
          )
        })}
      </select>
    </FieldFrame>
  )
}

/**
 * The form's own message, next to it: the backend's refusal (announced at once) or what was saved.
 * Both live regions are always in the page, so screen readers announce the text when it appears.
 */
export function FormMessage({ state }: { state: Pick<FormState, "status" | "message"> }) {
  const error = state.status === "error" ? state.message : undefined
  const saved = state.status === "success" ? state.message : undefined
  return (
    <>
      <div role="alert" className="empty:hidden">
        {error && (
          // Focusable, so a long form can bring its refusal into view (see useFormCheck).
          <p data-form-error tabIndex={-1} className="rounded-lg border border-red-700 bg-red-50 p-3 font-semibold text-red-800">
            {error}
          </p>
        )}
      </div>
      <div role="status" className="empty:hidden">
        {saved && (
          <p className="rounded-lg border border-emerald-700 bg-emerald-50 p-3 font-semibold text-emerald-900">{saved}</p>
        )}
      </div>
    </>
  )
}
