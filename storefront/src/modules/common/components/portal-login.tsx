import type { FormState } from "@/modules/common/form-state"
import type { LoginField } from "@/modules/common/login"
import LoginForm from "./login-form"

/**
 * A portal's login page: what the portal is for, the notice when a session has just ended
 * (`?expired=1`), the form, and whatever the portal adds below it (`children`).
 */
export default function PortalLogin({
  title,
  intro,
  expired,
  action,
  large,
  children,
}: {
  title: string
  intro: string
  expired: boolean
  action: (state: FormState<LoginField>, form: FormData) => Promise<FormState<LoginField>>
  large?: boolean
  children?: React.ReactNode
}) {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="text-stone-700">{intro}</p>
      </div>
      {expired && (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 font-semibold text-amber-950">
          Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.
        </p>
      )}
      <LoginForm action={action} large={large} />
      {children}
    </div>
  )
}
