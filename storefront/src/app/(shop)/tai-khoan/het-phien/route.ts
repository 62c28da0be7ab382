import { redirect } from "next/navigation"
import { forgetToken, LOGIN_AGAIN_PATH } from "@/lib/data/customer"

/** A page cannot change cookies while it renders: this forgets a token the backend refused, then asks to log in again. */
export async function GET() {
  await forgetToken()
  redirect(LOGIN_AGAIN_PATH)
}
