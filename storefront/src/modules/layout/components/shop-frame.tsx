import Footer from "./footer"
import Header from "./header"

/** The shop's header, main area and footer, around every shopper-facing page (not the producer portal). */
export default function ShopFrame({ children }: { children: React.ReactNode }) {
  return (
    <>
      <Header />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-10">
        {children}
      </main>
      <Footer />
    </>
  )
}
