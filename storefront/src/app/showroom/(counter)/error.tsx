"use client"

import ErrorNotice, { RetryButton } from "@/modules/common/components/error-notice"

// Most often the backend is unreachable: say so plainly and offer a retry, never a stack trace.
export default function CounterError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorNotice title="Chưa tải được dữ liệu" actions={<RetryButton retry={retry} />}>
      Quầy bán hàng tạm thời không kết nối được máy chủ. Các đơn đã ghi nhận không bị mất. Vui lòng thử lại sau ít phút.
    </ErrorNotice>
  )
}
