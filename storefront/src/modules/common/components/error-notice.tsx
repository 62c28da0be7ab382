import Link from "next/link"

// Every error and not-found page reads the same way: a heading, what happened in plain words (never a
// stack trace) and where to go from here. Each page keeps its own frame, as that depends on where it sits.

const primaryAction = "rounded-lg bg-emerald-700 px-5 py-2.5 font-semibold text-white hover:bg-emerald-800"

export default function ErrorNotice({
  className,
  kicker,
  title,
  children,
  actions,
}: {
  /** Where it sits in its frame; the column itself is the same everywhere. */
  className?: string
  /** A short line above the heading, such as "Lỗi 404". */
  kicker?: string
  title: string
  /** What happened and what is not lost. */
  children: React.ReactNode
  actions: React.ReactNode
}) {
  return (
    <div className={["flex max-w-xl flex-col items-start gap-4", className].filter(Boolean).join(" ")}>
      {kicker && <p className="font-semibold text-emerald-800">{kicker}</p>}
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="text-stone-700">{children}</p>
      <div className="flex flex-wrap gap-3">{actions}</div>
    </div>
  )
}

/** For error boundaries (client components): renders the failed segment again. */
export function RetryButton({ retry }: { retry: () => void }) {
  return (
    <button type="button" onClick={() => retry()} className={primaryAction}>
      Thử lại
    </button>
  )
}

export function ActionLink({ href, primary, children }: { href: string; primary?: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      className={primary ? primaryAction : "rounded-lg border border-stone-400 px-5 py-2.5 font-semibold hover:bg-stone-100"}
    >
      {children}
    </Link>
  )
}
