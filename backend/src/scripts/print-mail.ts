import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { formatDateTime } from "@ocop/contracts"
import { mailbox, mailboxNotice } from "../queries/mailbox"

const STATUS = { queued: "chờ gửi", sent: "đã gửi", failed: "gửi thất bại" } as const

/** For `pnpm mail`: the latest e-mails as plain text into the file `out=` names (medusa exec's own output is its log). */
export default async function printMail({ container, args }: ExecArgs) {
  const option = (name: string) => args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1)
  const count = Number(option("count") ?? 5)
  const out = option("out")
  if (!out) throw new Error("print-mail needs out=<file>")
  const latest = (await mailbox(container)).slice(0, count)
  const blocks = await Promise.all(
    latest.map(async ({ id }) => {
      const notice = await mailboxNotice(container, id)
      const state = `${STATUS[notice.status]}${notice.attempts > 1 ? `, ${notice.attempts} lần thử` : ""}${notice.last_error ? `: ${notice.last_error}` : ""}`
      return [
        `Đến:       ${notice.to}`,
        `Tiêu đề:   ${notice.subject}`,
        `Lúc:       ${formatDateTime(notice.created_at)} (${state})`,
        "",
        notice.text,
      ].join("\n")
    })
  )
  writeFileSync(out, blocks.length ? `${blocks.reverse().join(`\n${"─".repeat(72)}\n`)}` : "Hộp thư trống.\n")
}
