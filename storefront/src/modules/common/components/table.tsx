// Tables in the portal: they scroll sideways on a phone instead of squeezing, and can be scrolled from
// the keyboard (the scroller is focusable and named by the table's caption).

export const th = "border-b border-stone-300 px-3 py-2 text-left text-sm font-semibold text-stone-700"
export const td = "border-b border-stone-200 px-3 py-2 align-top"

export function TableScroller({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // relative: screen-reader-only text in a cell is absolutely positioned, and would otherwise widen the
    // whole page on a phone instead of scrolling with the table.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (WCAG 2.1.1)
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto rounded-lg border border-stone-200">
      {children}
    </div>
  )
}
