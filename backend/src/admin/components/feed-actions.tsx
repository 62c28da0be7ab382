import { SquareTwoStack } from "@medusajs/icons"
import { Button, Hint, Input, toast, usePrompt } from "@medusajs/ui"
import { useId, useRef } from "react"
import { errorMessage } from "../lib/certificates"
import { FEED_CHANNEL_LABELS, type Feed } from "@ocop/contracts"
import { useGenerateFeed, useInvalidateFeeds, useUpdateFeed } from "../lib/feeds"
import { formatBytes, formatNumber } from "../lib/format"

type Target = Pick<Feed, "id" | "name" | "channel" | "filters" | "active">

/** "Tạo lại ngay": a run now; the toast tells what the file holds once written. */
export const GenerateFeedButton = ({ feed }: { feed: Target }) => {
  const generate = useGenerateFeed(feed.id)
  const refresh = useInvalidateFeeds()

  const run = async () => {
    try {
      const { run } = await generate.mutateAsync()
      const summary = `${formatNumber(run.items)} mục · ${formatNumber(run.warning_count)} cảnh báo · ${formatBytes(run.bytes)}`
      if (run.warning_count) toast.warning("Đã tạo lại nguồn cấp, có cảnh báo", { description: summary })
      else toast.success("Đã tạo lại nguồn cấp", { description: summary })
    } catch (error) {
      toast.error("Không tạo được nguồn cấp", {
        description: `${errorMessage(error)} Nền tảng vẫn nhận tệp của lần tạo thành công gần nhất.`,
      })
      refresh() // the failed run is recorded with its reason
    }
  }

  return (
    <Button size="small" variant="primary" onClick={run} isLoading={generate.isPending}>
      Tạo lại ngay
    </Button>
  )
}

/** "Tạm dừng" / "Bật lại": a paused feed answers 404 to the platform and is not regenerated on schedule. */
export const ToggleFeedButton = ({ feed }: { feed: Target }) => {
  const update = useUpdateFeed(feed)
  const refresh = useInvalidateFeeds()

  // mutateAsync, and `feed` as it was when clicked: the toast tells what this click did.
  const toggle = async () => {
    try {
      await update.mutateAsync({ active: !feed.active })
    } catch (error) {
      toast.error(feed.active ? "Không tạm dừng được nguồn cấp" : "Không bật lại được nguồn cấp", {
        description: errorMessage(error),
      })
      refresh()
      return
    }
    if (feed.active) {
      toast.success("Đã tạm dừng nguồn cấp", {
        description: `${FEED_CHANNEL_LABELS[feed.channel]} nhận lỗi 404 cho đến khi bật lại.`,
      })
    } else {
      toast.success("Đã bật lại nguồn cấp", {
        description: "Nền tảng nhận lại tệp gần nhất; bấm “Tạo lại ngay” để cập nhật thay vì chờ lần tạo theo lịch.",
      })
    }
  }

  return (
    <Button size="small" variant="secondary" onClick={toggle} isLoading={update.isPending}>
      {feed.active ? "Tạm dừng" : "Bật lại"}
    </Button>
  )
}

/** "Đổi mã bí mật": a new secret URL after a confirmation, as the old one stops working at once. */
export const RotateTokenButton = ({ feed }: { feed: Target }) => {
  const prompt = usePrompt()
  const update = useUpdateFeed(feed)
  const refresh = useInvalidateFeeds()

  const rotate = async () => {
    const confirmed = await prompt({
      title: `Đổi mã bí mật của ${feed.name}?`,
      description: `Đường dẫn hiện tại ngừng hoạt động ngay: ${FEED_CHANNEL_LABELS[feed.channel]} không tải được danh mục cho đến khi bạn dán đường dẫn mới. Chỉ đổi khi đường dẫn bị lộ.`,
      confirmText: "Đổi mã bí mật",
      cancelText: "Huỷ",
      variant: "danger",
    })
    if (!confirmed) return
    try {
      await update.mutateAsync({ rotate_token: true })
    } catch (error) {
      toast.error("Không đổi được mã bí mật", { description: errorMessage(error) })
      refresh()
      return
    }
    toast.success("Đã đổi mã bí mật", {
      description: `Sao chép đường dẫn mới và cập nhật trên ${FEED_CHANNEL_LABELS[feed.channel]}.`,
    })
  }

  return (
    <Button size="small" variant="secondary" onClick={rotate} isLoading={update.isPending}>
      Đổi mã bí mật
    </Button>
  )
}

/** The URL the platform fetches, read-only, with "Sao chép". */
export const FeedUrlField = ({ feed }: { feed: Pick<Feed, "url" | "channel" | "active"> }) => {
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(feed.url)
      toast.success("Đã sao chép đường dẫn", {
        description: `Dán vào mục nguồn dữ liệu theo lịch (scheduled feed) trên ${FEED_CHANNEL_LABELS[feed.channel]}.`,
      })
    } catch {
      // No clipboard outside a secure context (plain http), or permission refused: copying by hand still works.
      inputRef.current?.focus()
      inputRef.current?.select()
      toast.error("Không sao chép được", { description: "Đường dẫn đã được chọn: nhấn Ctrl+C (⌘C trên Mac) để sao chép." })
    }
  }

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex items-center gap-x-2">
        <Input
          id={id}
          ref={inputRef}
          size="small"
          readOnly
          value={feed.url}
          aria-label="Đường dẫn của nguồn cấp"
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.currentTarget.select()}
          className="flex-1 font-mono"
        />
        <Button type="button" size="small" variant="secondary" onClick={copy}>
          <SquareTwoStack />
          Sao chép
        </Button>
      </div>
      <Hint id={`${id}-hint`}>
        {feed.active
          ? "Ai có đường dẫn này đều tải được danh mục: chỉ dán vào nền tảng, không chia sẻ công khai."
          : "Nguồn cấp đang tạm dừng: đường dẫn trả lỗi 404 cho đến khi bật lại."}
      </Hint>
    </div>
  )
}
