import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Select, Table, Text, toast } from "@medusajs/ui"
import { NOTICE_STATUS_LABELS, NOTICE_STATUSES, type NoticeStatus, type NoticeSummary } from "@ocop/contracts"
import { useState } from "react"
import { errorMessage } from "../../lib/certificates"
import { formatDateTime } from "../../lib/format"
import { useNotice, useNotices, useRetryNotice } from "../../lib/notices"

const STATUS_COLORS: Record<NoticeStatus, "green" | "orange" | "red"> = { sent: "green", queued: "orange", failed: "red" }

const StatusBadge = ({ notice }: { notice: NoticeSummary }) => (
  <Badge size="2xsmall" color={STATUS_COLORS[notice.status]}>
    {NOTICE_STATUS_LABELS[notice.status]}
    {notice.attempts > 1 ? ` · ${notice.attempts} lần` : ""}
  </Badge>
)

const RetryButton = ({ notice }: { notice: NoticeSummary }) => {
  const retry = useRetryNotice(notice.id)
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={retry.isPending}
      onClick={async (event) => {
        event.stopPropagation()
        try {
          const { notice: after } = await retry.mutateAsync()
          if (after.status === "sent") toast.success("Đã gửi lại thư", { description: after.to })
          else toast.error("Vẫn chưa gửi được thư", { description: after.last_error ?? undefined })
        } catch (error) {
          toast.error("Không gửi lại được thư", { description: errorMessage(error) })
        }
      }}
    >
      Gửi lại
    </Button>
  )
}

/** The message as its recipient reads it: the HTML in a sandboxed frame (no scripts, no navigation). */
const NoticeDrawer = ({ id, onClose }: { id: string | null; onClose: () => void }) => {
  const { data: notice, isError, error } = useNotice(id)
  return (
    <Drawer open={id !== null} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className="max-w-2xl">
        <Drawer.Header>
          <Drawer.Title>{notice?.subject ?? "Thư"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3 overflow-y-auto">
          {isError ? (
            <Text className="text-ui-fg-error">{errorMessage(error)}</Text>
          ) : !notice ? (
            <Text className="text-ui-fg-subtle">Đang tải…</Text>
          ) : (
            <>
              <Text size="small" className="text-ui-fg-subtle">
                Gửi đến {notice.to} · {formatDateTime(notice.created_at)} · {NOTICE_STATUS_LABELS[notice.status]}
                {notice.sent_at ? ` lúc ${formatDateTime(notice.sent_at)}` : ""}
              </Text>
              {notice.last_error && (
                <Text size="small" className="text-ui-fg-error">
                  Lỗi lần gửi gần nhất: {notice.last_error}
                </Text>
              )}
              <iframe
                title={notice.subject}
                sandbox=""
                srcDoc={notice.html}
                className="border-ui-border-base h-[480px] w-full rounded-md border bg-white"
              />
            </>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}

/**
 * "Hộp thư" (issue 17): every e-mail the marketplace sent or owes. Without an SMTP server configured this
 * is where mail goes (the demo's mailbox); with one, the office sees here what failed, and why, and sends
 * it again once fixed.
 */
const MailboxPage = () => {
  const [status, setStatus] = useState<NoticeStatus | "all">("all")
  const [open, setOpen] = useState<string | null>(null)
  const { data: notices, isLoading, isError, error } = useNotices(status === "all" ? undefined : status)
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Hộp thư</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Thư sàn gửi khách hàng và nhà sản xuất, mới nhất trước. Thư gửi không được sẽ được thử lại tự động; sau lần thử cuối,
            bấm “Gửi lại” khi đã khắc phục.
          </Text>
        </div>
        <Select value={status} onValueChange={(value) => setStatus(value as NoticeStatus | "all")} size="small">
          <Select.Trigger className="w-44" aria-label="Lọc theo trạng thái">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="all">Tất cả</Select.Item>
            {NOTICE_STATUSES.map((value) => (
              <Select.Item key={value} value={value}>
                {NOTICE_STATUS_LABELS[value]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {isError ? (
        <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>
      ) : isLoading ? (
        <Text className="text-ui-fg-subtle px-6 py-4">Đang tải…</Text>
      ) : !notices?.length ? (
        <Text className="text-ui-fg-subtle px-6 py-4">Chưa có thư nào.</Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Người nhận</Table.HeaderCell>
                <Table.HeaderCell>Tiêu đề</Table.HeaderCell>
                <Table.HeaderCell>Thời gian</Table.HeaderCell>
                <Table.HeaderCell>Trạng thái</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {notices.map((notice) => (
                <Table.Row key={notice.id} className="cursor-pointer" onClick={() => setOpen(notice.id)}>
                  <Table.Cell>{notice.to}</Table.Cell>
                  <Table.Cell>
                    {notice.subject}
                    {notice.last_error && (
                      <Text size="xsmall" className="text-ui-fg-error">
                        {notice.last_error}
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>{formatDateTime(notice.sent_at ?? notice.created_at)}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge notice={notice} />
                  </Table.Cell>
                  <Table.Cell>{notice.status === "failed" && <RetryButton notice={notice} />}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <NoticeDrawer id={open} onClose={() => setOpen(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Hộp thư", icon: Envelope })

export default MailboxPage
