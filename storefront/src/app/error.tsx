"use client"

import ErrorNotice, { ActionLink, RetryButton } from "@/modules/common/components/error-notice"

// Only an error in a section's own layout lands here (each section has its error page inside its
// frame): there is no header around it, so this page brings its own main area.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="mx-auto w-full max-w-xl flex-1 px-4 py-10">
      <ErrorNotice
        title="Trang tạm thời gián đoạn"
        actions={
          <>
            <RetryButton retry={retry} />
            <ActionLink href="/">Về trang chủ</ActionLink>
          </>
        }
      >
        Chúng tôi chưa tải được dữ liệu từ máy chủ. Vui lòng thử lại sau ít phút.
      </ErrorNotice>
    </main>
  )
}
