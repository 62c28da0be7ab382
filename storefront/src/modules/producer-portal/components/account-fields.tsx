// The login a person creates and their own name, alike when registering a producer and when joining one by invite.
import type { FieldErrors } from "@/modules/common/form-values"
import { MIN_PASSWORD_LENGTH, type AccountField } from "@/modules/producer-portal/producer-form"
import { PasswordField, TextField } from "@/modules/common/components/fields"

export function AccountFields({
  nameLabel,
  emailHint,
  values,
  errors,
}: {
  nameLabel: string
  emailHint?: string
  /** Never the password: it is not shown again. */
  values: Partial<Record<Exclude<AccountField, "password">, string>>
  errors: FieldErrors<AccountField>
}) {
  return (
    <>
      <TextField
        id="account-member-name"
        name="member_name"
        label={nameLabel}
        autoComplete="name"
        defaultValue={values.member_name}
        error={errors.member_name}
      />
      <TextField
        id="account-email"
        name="account_email"
        label="Email đăng nhập"
        type="email"
        autoComplete="username"
        hint={emailHint}
        defaultValue={values.account_email}
        error={errors.account_email}
      />
      <PasswordField
        id="account-password"
        isNew
        minLength={MIN_PASSWORD_LENGTH}
        hint={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`}
        error={errors.password}
      />
    </>
  )
}
