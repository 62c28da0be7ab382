/**
 * Where e-mail goes (issue 17). With SMTP_URL (smtp://user:password@host:587, or smtps:// for TLS from the
 * first byte) it is sent through that server from SMTP_FROM, which must then be set too: a made-up sender
 * would be refused or land in spam. Without SMTP_URL nothing leaves the machine: every message stays in
 * the office's mailbox (Admin → Hộp thư, `pnpm mail`), which is what development and the demo want.
 */
export type MailOptions = { smtp_url?: string; from?: string }

export function mailOptions(env: NodeJS.ProcessEnv = process.env): MailOptions {
  const smtpUrl = env.SMTP_URL?.trim()
  if (!smtpUrl) return {}
  if (!/^smtps?:\/\/[^/]+/.test(smtpUrl))
    throw new Error("SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465.")
  const from = env.SMTP_FROM?.trim()
  if (!from)
    throw new Error(
      'SMTP_URL is set but SMTP_FROM is not: set the sender the mail server accepts, e.g. SMTP_FROM="Sàn OCOP <no-reply@ocop.vn>".'
    )
  return { smtp_url: smtpUrl, from }
}
