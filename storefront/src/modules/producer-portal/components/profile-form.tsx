"use client"

import Thumbnail from "@/modules/common/components/thumbnail"
import type { ProfileFormField } from "@/modules/producer-portal/actions/account"
import type { FormState } from "@/modules/common/form-state"
import { chosenFiles, imageProblem } from "@/modules/producer-portal/images"
import { readFields } from "@/modules/common/form-values"
import { PROFILE_FIELDS, validateProfile } from "@/modules/producer-portal/producer-form"
import type { Producer } from "@ocop/contracts"
import { FormMessage, primaryButton } from "@/modules/common/components/fields"
import ImagesField from "./images-field"
import { AddressFields, ContactFields, StoryField } from "./producer-fields"
import { useCheckedForm } from "@/modules/common/components/use-form-check"

type Action = (state: FormState<ProfileFormField>, form: FormData) => Promise<FormState<ProfileFormField>>

function check(form: FormData) {
  const validation = validateProfile(readFields(form, PROFILE_FIELDS))
  const errors: Partial<Record<ProfileFormField, string>> = validation.ok ? {} : { ...validation.errors }
  const logo = imageProblem(chosenFiles(form.getAll("logo") as (File | string)[]))
  if (logo) errors.logo = logo
  return Object.keys(errors).length > 0 ? errors : null
}

/** What the owner keeps up to date: contact, address, story and logo. */
export default function ProfileForm({ action, producer }: { action: Action; producer: Producer }) {
  const { state, formAction, pending, errors, onSubmit, formRef } = useCheckedForm(action, check)
  const values = state.status === "error" && state.values ? state.values : producer

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <FormMessage state={state} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">Liên hệ</legend>
        <ContactFields values={values} errors={errors} />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">Địa chỉ sản xuất</legend>
        <AddressFields values={values} errors={errors} />
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-bold">Giới thiệu</legend>
        <StoryField value={values.story} error={errors.story} />
        {producer.logo_url && (
          <div className="flex items-center gap-4">
            <Thumbnail
              src={producer.logo_url}
              size={80}
              alt={`Logo hiện tại của ${producer.name}`}
              className="size-20 rounded border border-stone-200 bg-white"
            />
            <label className="flex items-center gap-2">
              <input type="checkbox" name="remove_logo" value="1" className="size-4 accent-red-700" />
              Xóa logo hiện tại
            </label>
          </div>
        )}
        <ImagesField id="producer-logo" name="logo" label={producer.logo_url ? "Logo mới" : "Logo"} error={errors.logo} />
      </fieldset>
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? "Đang lưu…" : "Lưu hồ sơ"}
      </button>
    </form>
  )
}
