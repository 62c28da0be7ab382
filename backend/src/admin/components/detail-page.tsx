import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { errorMessage } from "../lib/certificates"

/** The outline of a detail page while its record loads: header, then body. */
export const DetailPageSkeleton = () => (
  <div className="flex flex-col gap-y-3">
    <Skeleton className="h-24 w-full rounded-lg" />
    <Skeleton className="h-96 w-full rounded-lg" />
  </div>
)

/** A record that could not be read: the API's reason, and the way back to its list. */
export const DetailPageError = ({ noun, error, listPath }: { noun: string; error: unknown; listPath: string }) => (
  <Container className="flex flex-col gap-y-2 px-6 py-4">
    <Heading>Không mở được {noun}</Heading>
    <Text size="small" className="text-ui-fg-subtle">
      {errorMessage(error)}
    </Text>
    <Link to={listPath} className="txt-compact-small text-ui-fg-interactive">
      Về danh sách {noun}
    </Link>
  </Container>
)

/**
 * The record's header card: title and status badge over a one-line summary, the actions its status
 * allows on the right, and why that status (the notice) underneath.
 */
export const DetailHeader = ({
  title,
  badge,
  summary,
  image,
  actions,
  notice,
}: {
  title: ReactNode
  badge: ReactNode
  summary: ReactNode
  image?: ReactNode
  actions: ReactNode
  notice: ReactNode
}) => (
  <Container className="divide-y p-0">
    <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
      <div className="flex items-center gap-x-4">
        {image}
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-3">
            <Heading>{title}</Heading>
            {badge}
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {summary}
          </Text>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">{actions}</div>
    </div>
    {notice && <div className="px-6 py-4">{notice}</div>}
  </Container>
)

/** Header over two columns, as the dashboard lays out its own detail pages: the record, then a narrow side. */
export const DetailLayout = ({ header, main, side }: { header: ReactNode; main: ReactNode; side: ReactNode }) => (
  <div className="flex flex-col gap-y-3">
    {header}
    <div className="flex w-full flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
      <div className="flex w-full flex-col gap-y-3">{main}</div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[400px]">{side}</div>
    </div>
  </div>
)
