import { patternAvatar } from '~/lib/pattern-avatar'

/** The member's generated pattern (decorative: the pseudonym beside it says who it is). */
export function PatternAvatarImage({ pseudonym, size = 64 }: { pseudonym: string; size?: number }) {
  const avatar = patternAvatar(pseudonym)
  return (
    <svg className="pattern-avatar" width={size} height={size} viewBox="0 0 5 5" aria-hidden="true" focusable="false" shapeRendering="crispEdges" data-avatar-cells={avatar.cells.length}>
      <rect width="5" height="5" fill={avatar.background} />
      {avatar.cells.map(([x, y]) => (
        <rect key={`${x}-${y}`} x={x} y={y} width="1" height="1" fill={avatar.color} />
      ))}
    </svg>
  )
}
