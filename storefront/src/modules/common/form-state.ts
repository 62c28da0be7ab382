/** What a portal form's server action answers, for `useActionState`. */
export type FormState<F extends string = string> = {
  status: "idle" | "success" | "error"
  /** About the form as a whole: the backend's refusal, or what was saved. */
  message?: string
  errors?: Partial<Record<F, string>>
  /** What was submitted, shown again after a refusal (passwords never are). */
  values?: Partial<Record<F, string>>
}

export const IDLE: FormState = { status: "idle" }
