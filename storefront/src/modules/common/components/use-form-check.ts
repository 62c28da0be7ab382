"use client"

import { useActionState, useEffect, useRef, useState } from "react"
import type { FormState } from "@/modules/common/form-state"

/**
 * Runs the form's own pure rules in the browser before it is sent (the server action runs them again
 * and has the last word), so their Vietnamese messages show instead of the browser's, and moves focus
 * to the first field in error, whoever found it (or to the form's refusal when no field is at fault).
 *
 * @param check the form's rules on what it would send: what is wrong, or null when nothing is
 * @param answer the server action's last answer (focus moves again whenever it changes)
 * @returns `found`: what the browser found at the last attempt, shown instead of the answer's errors
 */
export function useFormCheck<E>(check: (form: FormData) => E | null, answer: object) {
  const [found, setFound] = useState<E | null>(null)
  const formRef = useRef<HTMLFormElement>(null)

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const problems = check(new FormData(event.currentTarget))
    if (problems) event.preventDefault() // the action is not called
    setFound(problems)
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: `found` and `answer` are the triggers: focus moves after every attempt
  useEffect(() => {
    const form = formRef.current
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>("[data-form-error]")
    target?.focus()
  }, [found, answer])

  return { found, onSubmit, formRef }
}

/** A field → message map, or null when every field is fine. */
export function problemsOrNull<F extends string>(errors: Partial<Record<F, string | undefined>>) {
  return Object.values(errors).some(Boolean) ? (errors as Partial<Record<F, string>>) : null
}

/**
 * A portal form's set-up: the server action's answer and pending flag, the browser's check before
 * sending (see useFormCheck), and the field errors to show (the browser's finding at the last
 * attempt, else the action's).
 */
export function useCheckedForm<F extends string, S extends FormState<F>>(
  action: (state: Awaited<S>, form: FormData) => Promise<S>,
  check: (form: FormData) => Partial<Record<F, string>> | null
) {
  const [state, formAction, pending] = useActionState<S, FormData>(action, { status: "idle" } as Awaited<S>)
  const { found, onSubmit, formRef } = useFormCheck(check, state)
  const errors: Partial<Record<F, string>> = found ?? state.errors ?? {}
  return { state, formAction, pending, errors, onSubmit, formRef }
}
