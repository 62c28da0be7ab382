import { Photo } from "@medusajs/icons"
import { clx } from "@medusajs/ui"
import { useState } from "react"

/** A product or label picture, with a neutral placeholder when there is none or it fails to load. */
export const ProductThumbnail = ({ src, alt = "", className }: { src?: string | null; alt?: string; className?: string }) => {
  const [broken, setBroken] = useState(false)
  const box = clx("border-ui-border-base size-8 shrink-0 overflow-hidden rounded border", className)
  if (!src || broken) {
    return (
      <div className={clx(box, "bg-ui-bg-component text-ui-fg-muted flex items-center justify-center")} aria-hidden={!alt}>
        <Photo />
      </div>
    )
  }
  return <img src={src} alt={alt} className={clx(box, "object-cover")} onError={() => setBroken(true)} />
}
