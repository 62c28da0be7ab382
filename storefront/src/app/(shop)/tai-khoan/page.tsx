import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { currentCustomer, LOGIN_PATH } from "@/lib/data/customer"
import { deleteAddressAction, makeDefaultAddressAction, resendVerificationAction } from "@/modules/account/actions/account"
import PressForm from "@/modules/account/components/press-form"
import { logOutAction } from "@/modules/account/actions/auth"
import { isCurrentAddress } from "@/modules/account/address-book"
import ProfileForm from "@/modules/account/components/profile-form"
import LogOutForm from "@/modules/common/components/log-out-form"
import { secondaryButton } from "@/modules/common/components/fields"

export const metadata: Metadata = { title: "Tài khoản của tôi", robots: { index: false } }

export default async function AccountPage() {
  const customer = await currentCustomer()
  if (!customer) redirect(LOGIN_PATH)
  const addresses = customer.addresses ?? []

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold">Tài khoản của tôi</h1>
          <p className="text-stone-700">{customer.email}</p>
        </div>
        <LogOutForm action={logOutAction} />
      </div>

      {!customer.metadata?.email_verified_at && (
        <section aria-label="Xác minh email" className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <p>
            Email chưa được xác minh: mở liên kết chúng tôi đã gửi tới {customer.email}. Sau khi xác minh, các đơn hàng bạn đã đặt
            bằng email này khi chưa có tài khoản sẽ hiện trong tài khoản.
          </p>
          <PressForm action={resendVerificationAction} label="Gửi lại email xác minh" className={secondaryButton} />
        </section>
      )}

      <Link href="/tai-khoan/don-hang" className="self-start text-lg font-semibold text-emerald-800 underline">
        Đơn hàng của tôi
      </Link>

      <section aria-labelledby="profile-heading" className="flex flex-col gap-3">
        <h2 id="profile-heading" className="text-xl font-bold">
          Thông tin cá nhân
        </h2>
        <ProfileForm name={customer.first_name ?? ""} phone={customer.phone ?? ""} />
      </section>

      <section id="so-dia-chi" aria-labelledby="addresses-heading" className="flex flex-col gap-3">
        <h2 id="addresses-heading" className="text-xl font-bold">
          Sổ địa chỉ
        </h2>
        {addresses.length === 0 && (
          <p className="text-stone-700">Chưa có địa chỉ nào. Địa chỉ mặc định được điền sẵn khi thanh toán.</p>
        )}
        <ul className="flex flex-col gap-3">
          {addresses.map((address) => (
            <li key={address.id} className="flex flex-col gap-2 rounded-lg border border-stone-300 p-4">
              <address className="not-italic leading-relaxed">
                <span className="font-semibold">{address.first_name}</span>
                {address.is_default_shipping && (
                  <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-sm font-semibold text-emerald-900">
                    Mặc định
                  </span>
                )}
                <br />
                {address.phone}
                <br />
                {[address.address_1, address.city, address.province].filter(Boolean).join(", ")}
              </address>
              {!isCurrentAddress(address) && (
                <p className="text-sm text-amber-900">
                  Địa chỉ này theo địa giới trước sắp xếp năm 2025: hãy sửa để chọn lại tỉnh/thành phố và phường/xã.
                </p>
              )}
              <div className="flex flex-wrap gap-2">
                <Link href={`/tai-khoan/dia-chi/${address.id}`} className={secondaryButton}>
                  Sửa
                </Link>
                {!address.is_default_shipping && (
                  <form action={makeDefaultAddressAction.bind(null, address.id)}>
                    <button type="submit" className={secondaryButton}>
                      Đặt làm mặc định
                    </button>
                  </form>
                )}
                <form action={deleteAddressAction.bind(null, address.id)}>
                  <button type="submit" className={secondaryButton}>
                    Xoá
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
        <Link href="/tai-khoan/dia-chi/moi" className="self-start font-semibold text-emerald-800 underline">
          Thêm địa chỉ
        </Link>
      </section>
    </div>
  )
}
