/** A small decorative product picture (the title is next to it), or a neutral square when there is none. */
export default function Thumbnail({ src, size, className }: { src?: string | null; size: number; className: string }) {
  return src ? (
    <img
      src={src}
      alt=""
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
      className={`${className} object-cover`}
    />
  ) : (
    <div className={className} />
  )
}
