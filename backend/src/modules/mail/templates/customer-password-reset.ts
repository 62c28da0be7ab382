import { GREETING, type Template } from "../message"

export const customerPasswordReset: Template<"customer-password-reset"> = (data) => ({
  subject: "Đặt lại mật khẩu tài khoản Sàn OCOP",
  blocks: [
    { paragraph: GREETING },
    { paragraph: `Có yêu cầu đặt lại mật khẩu cho tài khoản ${data.email}.` },
    { link: { label: "Đặt mật khẩu mới", url: data.reset_url } },
    {
      paragraph: `Liên kết có hiệu lực trong ${data.expires_in_minutes} phút. Nếu bạn không yêu cầu, hãy bỏ qua e-mail này: mật khẩu của bạn không đổi.`,
    },
  ],
})
