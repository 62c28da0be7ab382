/**
 * The marketplace's own bank account, which every VietQR code pays into. It is configuration, not
 * data: a production server refuses to start without one (a code paying into a demo account would
 * send the shoppers' money to nobody we know); development and tests use a clearly fake demo account.
 */
export type ReceivingAccount = {
  /** The bank's 6-digit NAPAS BIN, e.g. 970436 for Vietcombank. */
  bank_bin: string
  account_number: string
  /** As the bank prints it: capitals, no diacritics. */
  account_name: string
}

/** Demo values for development and tests only: the account does not exist. */
export const DEMO_RECEIVING_ACCOUNT: ReceivingAccount = {
  bank_bin: "970436",
  account_number: "0011000000000",
  account_name: "SAN OCOP DEMO - KHONG CHUYEN TIEN",
}

const VARIABLES = {
  bank_bin: "VIETQR_BANK_BIN",
  account_number: "VIETQR_ACCOUNT_NUMBER",
  account_name: "VIETQR_ACCOUNT_NAME",
} as const

/** What is wrong with the configured account, one phrase per problem; empty when it can be used. */
export function receivingAccountProblems(account: Partial<ReceivingAccount>): string[] {
  const problems: string[] = []
  if (!account.bank_bin) problems.push(`${VARIABLES.bank_bin} is not set`)
  else if (!/^\d{6}$/.test(account.bank_bin)) problems.push(`${VARIABLES.bank_bin} must be the bank's 6-digit BIN`)
  if (!account.account_number) problems.push(`${VARIABLES.account_number} is not set`)
  else if (!/^[0-9A-Za-z]{1,19}$/.test(account.account_number))
    problems.push(`${VARIABLES.account_number} must be 1–19 letters or digits`)
  if (!account.account_name) problems.push(`${VARIABLES.account_name} is not set`)
  return problems
}

/**
 * The receiving account for this process. In production every missing or malformed value is named in
 * one error, which stops the server before it shows anyone a QR code; elsewhere a missing value falls
 * back to the demo account (a malformed one is still refused: it would only fail later, at a shopper).
 */
export function receivingAccount(env: NodeJS.ProcessEnv = process.env): ReceivingAccount {
  const configured = {
    bank_bin: env[VARIABLES.bank_bin]?.trim(),
    account_number: env[VARIABLES.account_number]?.trim(),
    account_name: env[VARIABLES.account_name]?.trim(),
  }
  const account =
    env.NODE_ENV === "production"
      ? configured
      : {
          bank_bin: configured.bank_bin || DEMO_RECEIVING_ACCOUNT.bank_bin,
          account_number: configured.account_number || DEMO_RECEIVING_ACCOUNT.account_number,
          account_name: configured.account_name || DEMO_RECEIVING_ACCOUNT.account_name,
        }
  const problems = receivingAccountProblems(account)
  if (problems.length) {
    throw new Error(
      `Refusing to start: bank transfer (VietQR) has no usable receiving account: ${problems.join("; ")}. ` +
        `Set ${Object.values(VARIABLES).join(", ")} to the marketplace's own account.`
    )
  }
  return account as ReceivingAccount
}
