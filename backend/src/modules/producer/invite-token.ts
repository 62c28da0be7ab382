import { createHash } from "node:crypto"

/** An invite keeps only its token's hash: the token is shown once, to the owner who invites. */
export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex")
