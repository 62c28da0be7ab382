"use client"

import ErrorNotice, { ActionLink, RetryButton } from "@/modules/common/components/error-notice"

// Most often the backend is unreachable: say so plainly and offer a retry, never a stack trace.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorNotice
      className="mx-auto py-10"
      title="Cửa hàng tạm thời gián đoạn"
      actions={
        <>
          <RetryButton retry={retry} />
          <ActionLink href="/">Về trang chủ</ActionLink>
        </>
      }
    >
      Chúng tôi chưa tải được dữ liệu từ máy chủ. Giỏ hàng của bạn vẫn được giữ nguyên. Vui lòng thử lại sau ít phút.
    </ErrorNotice>
  )
}
