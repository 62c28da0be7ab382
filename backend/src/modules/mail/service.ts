import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import type SMTPTransport from "nodemailer/lib/smtp-transport"
import type { MailOptions } from "./config"
import { renderStored } from "./render"

/**
 * The marketplace's e-mail provider for Medusa's notification module (channel `email`). It renders the
 * notice's template and, with an SMTP server configured, sends it there; without one it only logs it:
 * the message is then read in the office's mailbox, rendered again from the same stored template and
 * data (the notification module and the notice outbox keep them), so no second copy is stored.
 * A refused or unreachable server throws: the notification module records the attempt as failed and
 * the notice is tried again later.
 */
export default class MailNotificationService extends AbstractNotificationProviderService {
  static identifier = "mail"
  private readonly logger: Logger
  private readonly transporter: Transporter | null
  private readonly from: string | undefined

  constructor({ logger }: { logger: Logger }, options: MailOptions) {
    super()
    this.logger = logger
    this.from = options.from
    this.transporter = options.smtp_url ? nodemailer.createTransport(smtpServer(options.smtp_url)) : null
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const mail = renderStored(notification.template, notification.data)
    if (!this.transporter) {
      this.logger.info(`Mailbox (no SMTP_URL): to ${notification.to}: ${mail.subject}`)
      return {}
    }
    const info = await this.transporter.sendMail({ from: this.from, to: notification.to, ...mail })
    return { id: info.messageId }
  }
}

/** smtp://user:password@host:587 (STARTTLS when the server offers it) or smtps://…:465 (TLS from the start). */
function smtpServer(url: string): SMTPTransport.Options {
  const parsed = new URL(url)
  const secure = parsed.protocol === "smtps:"
  return {
    host: parsed.hostname,
    port: Number(parsed.port) || (secure ? 465 : 587),
    secure,
    auth: parsed.username ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } : undefined,
    // Short timeouts: a server that accepts the connection and then says nothing must not hold deliveries for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  }
}
