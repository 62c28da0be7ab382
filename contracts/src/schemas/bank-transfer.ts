import { z } from "zod"
import { LIMITS } from "./fields"

// SePay's transfer notification (issue 16; PAYMENTS-VN.md §4). Fields we do not read are dropped, not
// refused: SePay may add some, and refusing an event makes it retry for half an hour.

const SEPAY_DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

/** SePay's local time as an instant: Vietnam has no daylight saving, always UTC+7. */
export const sepayReceivedAt = (transactionDate: string) => new Date(`${transactionDate.replace(" ", "T")}+07:00`)

export const SepayWebhookBody = z.object({
  id: z
    .union([
      z.number().int().nonnegative(),
      z
        .string()
        .trim()
        .regex(/^\d{1,20}$/),
    ])
    .transform(String),
  gateway: z.string().trim().max(LIMITS.shortText).nullish(),
  /** The bank's local time, "2026-12-06 14:02:37" (Vietnam, UTC+7). */
  transactionDate: z
    .string()
    .trim()
    .regex(SEPAY_DATE, "transactionDate phải có dạng YYYY-MM-DD HH:mm:ss.")
    .refine((value) => !Number.isNaN(sepayReceivedAt(value).getTime()), "transactionDate không phải một thời điểm có thật."),
  accountNumber: z.string().trim().max(LIMITS.shortText).nullish(),
  code: z.string().trim().max(LIMITS.shortText).nullish(),
  content: z
    .string()
    .max(LIMITS.longText)
    .nullish()
    .transform((value) => value ?? ""),
  transferType: z.enum(["in", "out"]),
  /** Whole đồng. */
  transferAmount: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  referenceCode: z.string().trim().max(LIMITS.shortText).nullish(),
})
export type SepayWebhookBody = z.infer<typeof SepayWebhookBody>
