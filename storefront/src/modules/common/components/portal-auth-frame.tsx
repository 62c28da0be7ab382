import PortalName from "./portal-name"

/** A portal's pages before logging in: its name and what the portal puts beside it (`aside`), nothing else. */
export default function PortalAuthFrame({
  home,
  name,
  aside,
  children,
}: {
  home: string
  name: string
  aside?: React.ReactNode
  children: React.ReactNode
}) {
  return (
    <>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
          <PortalName href={home} name={name} />
          {aside}
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-8 sm:py-12">
        {children}
      </main>
    </>
  )
}
