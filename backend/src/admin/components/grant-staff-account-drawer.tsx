import { Input, toast } from "@medusajs/ui"
import { type CreateStaffInput, useCreateShowroomStaff } from "../lib/showrooms"
import { useDraftDialog } from "./draft-dialog"
import { Field, isEmail, type FieldErrors } from "./form"
import { FormDrawer } from "./form-drawer"

const EMPTY: CreateStaffInput = { name: "", email: "", password: "" }

const MIN_PASSWORD_LENGTH = 8

/** The same sentences as the API's, caught before the request. */
function validate(draft: CreateStaffInput): FieldErrors {
  const email = draft.email.trim()
  return {
    name: draft.name.trim() ? undefined : "Nhập họ tên nhân viên.",
    email: !email ? "Nhập email đăng nhập." : isEmail(email) ? undefined : "Email không hợp lệ.",
    password: !draft.password
      ? "Nhập mật khẩu."
      : draft.password.length < MIN_PASSWORD_LENGTH
        ? `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`
        : undefined,
  }
}

/** "Cấp tài khoản": a counter login for this showroom; the office sets the first password and hands it over. */
export const GrantStaffAccountDrawer = ({ showroom }: { showroom: { id: string; name: string } }) => {
  const create = useCreateShowroomStaff(showroom.id)
  const { id, bodyRef, open, onOpenChange, submitted, errors, submit, text } = useDraftDialog(EMPTY, validate, create)

  // Resolves once the staff list has been refetched with the new login in it.
  const onSubmit = submit(async (draft) => {
    const { staff } = await create.mutateAsync({ name: draft.name.trim(), email: draft.email.trim(), password: draft.password })
    toast.success(`Đã cấp tài khoản cho ${staff.email}`, { description: `${staff.name} · ${showroom.name}` })
  }, "Không cấp được tài khoản")

  return (
    <FormDrawer
      trigger="Cấp tài khoản"
      title="Cấp tài khoản nhân viên quầy"
      description={`Tài khoản đăng nhập ứng dụng quầy của ${showroom.name}: nhận hàng ký gửi, bán hàng, kiểm kê. Văn phòng đặt mật khẩu đầu tiên và trao cho nhân viên.`}
      submitLabel="Cấp tài khoản"
      dialog={{ bodyRef, open, onOpenChange, submitted, errors }}
      failure={create.error}
      pending={create.isPending}
      onSubmit={onSubmit}
    >
      <Field id={`${id}-name`} label="Họ tên" error={errors.name}>
        <Input {...text("name")} autoComplete="off" />
      </Field>
      <Field id={`${id}-email`} label="Email đăng nhập" error={errors.email}>
        <Input {...text("email")} type="email" autoComplete="off" placeholder="quay.ten-diem-ban@…" />
      </Field>
      <Field id={`${id}-password`} label="Mật khẩu" error={errors.password} hint={`Ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`}>
        <Input {...text("password")} type="password" autoComplete="new-password" />
      </Field>
    </FormDrawer>
  )
}
