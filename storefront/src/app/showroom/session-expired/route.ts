import { redirect } from "next/navigation"
import { forgetToken, LOGIN_AGAIN_PATH } from "@/lib/data/showroom-counter"

/**
 * Where the counter sends staff whose token the backend no longer accepts (HTTP 401): a page cannot
 * change cookies while it renders, so this forgets the token and goes on to the login page.
 */
export async function GET() {
  await forgetToken()
  redirect(LOGIN_AGAIN_PATH)
}
