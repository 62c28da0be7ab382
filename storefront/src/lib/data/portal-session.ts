import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { cookies, headers } from "next/headers"
import { redirect } from "next/navigation"
import { getSdk } from "@/lib/config"
import { forwardedFor } from "@/lib/data/forwarded-for"
import { tokenMaxAge } from "@/modules/common/auth-token"

// A logged-in portal's session (the producer portal, the showroom counter): the Medusa auth token in
// an httpOnly cookie, passed per request as a bearer token. The SDK's token storage is one per server
// process, so it would be shared between everybody's requests. Nothing here is cached.

export type Method = "GET" | "POST" | "DELETE"
export type Query = Record<string, string | number | undefined>

export type PortalSession = {
  /** Medusa's actor type for the portal's logins (`/auth/{actor}/emailpass`). */
  actor: string
  cookie: string
  loginPath: string
  /** A route handler that forgets the token (cookies cannot be changed while a page renders). */
  sessionExpiredPath: string
  loginAgainPath: string
}

export function portalSession(config: Omit<PortalSession, "loginAgainPath">) {
  const session: PortalSession = { ...config, loginAgainPath: `${config.loginPath}?expired=1` }

  async function getToken(): Promise<string | undefined> {
    return (await cookies()).get(session.cookie)?.value || undefined
  }

  /** In a server action or route handler only. */
  async function rememberToken(token: string): Promise<void> {
    // Secure only behind HTTPS: the demo also runs on plain http on a LAN address.
    const secure = (await headers()).get("x-forwarded-proto") === "https"
    ;(await cookies()).set(session.cookie, token, {
      httpOnly: true,
      sameSite: "lax",
      secure,
      path: "/",
      maxAge: tokenMaxAge(token),
    })
  }

  /** In a server action or route handler only. */
  async function forgetToken(): Promise<void> {
    ;(await cookies()).delete(session.cookie)
  }

  /**
   * The backend no longer accepts the token (expired, account removed): drop it and log in again. A
   * server action can drop the cookie itself. A page cannot while it renders (Next.js refuses), so it
   * goes through the route handler that does; an action must not, as Next.js would call that handler
   * from the server and the browser would keep its cookie.
   */
  async function sessionEnded(): Promise<never> {
    try {
      await forgetToken()
    } catch {
      redirect(session.sessionExpiredPath) // rendering a page: cookies are read-only here
    }
    redirect(session.loginAgainPath)
  }

  async function requireToken(): Promise<string> {
    const token = await getToken()
    if (!token) redirect(session.loginPath)
    return token
  }

  /** A call with the logged-in person's token; a 401 ends the session (see `sessionEnded`). */
  async function authorizedFetch<T>(path: string, init: { method?: Method; body?: object; query?: Query } = {}): Promise<T> {
    const token = await requireToken()
    try {
      return await getSdk().client.fetch<T>(path, {
        method: init.method ?? "GET",
        body: init.body,
        query: init.query,
        headers: { authorization: `Bearer ${token}` },
        cache: "no-store",
      })
    } catch (error) {
      if (error instanceof FetchError && error.status === 401) await sessionEnded()
      throw error
    }
  }

  /** A session token for an email and password; throws a 401 FetchError when they do not match. */
  async function logIn(email: string, password: string): Promise<string> {
    const { token } = await authFetch<{ token: string }>(`/auth/${session.actor}/emailpass`, { email, password })
    return token
  }

  return { ...session, getToken, rememberToken, forgetToken, sessionEnded, requireToken, authorizedFetch, logIn }
}

/** null for a 404 (which also answers another producer's or showroom's id), so a page can show its not-found. */
export async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw error
  }
}

/**
 * Medusa's auth routes (log in, register, refresh): they take or return tokens explicitly. The
 * visitor's address goes along: the backend limits wrong passwords and registrations per address.
 */
export async function authFetch<T>(path: string, body: object | undefined, token?: string): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method: "POST",
    body,
    headers: { ...(await forwardedFor()), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    cache: "no-store",
  })
}
