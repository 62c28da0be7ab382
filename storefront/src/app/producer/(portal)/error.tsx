"use client"

import ErrorNotice, { RetryButton } from "@/modules/common/components/error-notice"

// Most often the backend is unreachable: say so plainly and offer a retry, never a stack trace.
export default function PortalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorNotice title="Chưa tải được dữ liệu" actions={<RetryButton retry={retry} />}>
      Cổng nhà sản xuất tạm thời không kết nối được máy chủ. Dữ liệu của bạn không bị mất. Vui lòng thử lại sau ít phút.
    </ErrorNotice>
  )
}
