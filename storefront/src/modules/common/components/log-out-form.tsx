/**
 * A portal's "Đăng xuất": a plain form, so logging out works before any JavaScript has loaded.
 * `large`: the showroom counter's finger-sized button.
 */
export default function LogOutForm({ action, large = false }: { action: () => Promise<void>; large?: boolean }) {
  return (
    <form action={action}>
      <button
        type="submit"
        className={`rounded-lg py-2 font-semibold hover:bg-stone-100 ${large ? "min-h-12 px-4 text-lg" : "px-3"}`}
      >
        Đăng xuất
      </button>
    </form>
  )
}
