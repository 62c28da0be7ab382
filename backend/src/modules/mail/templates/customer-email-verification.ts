import { GREETING, type Template } from "../message"

export const customerEmailVerification: Template<"customer-email-verification"> = (data) => ({
  subject: "Xác nhận địa chỉ e-mail tại Sàn OCOP",
  blocks: [
    { paragraph: GREETING },
    { paragraph: `Vui lòng xác nhận ${data.email} là e-mail của bạn để hoàn tất đăng ký tài khoản.` },
    { link: { label: "Xác nhận e-mail", url: data.verify_url } },
    { paragraph: "Nếu bạn không đăng ký, hãy bỏ qua e-mail này." },
  ],
})
