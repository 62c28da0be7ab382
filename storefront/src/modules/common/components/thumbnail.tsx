/**
 * A small product picture, or a neutral square when there is none. Decorative by default (the title is
 * next to it); pass `alt` when the picture itself says something, such as a registered label.
 */
export default function Thumbnail({
  src,
  size,
  className,
  alt = "",
}: {
  src?: string | null
  size: number
  className: string
  alt?: string
}) {
  return src ? (
    <img src={src} alt={alt} width={size} height={size} loading="lazy" decoding="async" className={`${className} object-cover`} />
  ) : (
    <div className={className} />
  )
}
