/**
 * A generated avatar: a symmetric 5×5 pattern of squares, the same for the same pseudonym on
 * every machine (FNV-1a over its NFC form), never a face and never an upload, so a picture
 * cannot identify the member. Colours keep 4.5:1 or more against the light background.
 */
export interface PatternAvatar {
  /** Filled cells as [column, row], 0–4. */
  cells: [number, number][]
  color: string
  background: string
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (const byte of new TextEncoder().encode(text.normalize('NFC'))) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

// Dark, saturated tones (each ≥ 4.5:1 on #f4f6f5), picked by the hash.
const COLORS = ['#1d5c4b', '#274b7a', '#6a2c70', '#7a3b12', '#23566b', '#4b5320', '#5b2a86', '#8a1c3d']

export function patternAvatar(pseudonym: string): PatternAvatar {
  const hash = fnv1a(pseudonym)
  const cells: [number, number][] = []
  // 15 bits decide the left three columns; the right two mirror them.
  for (let column = 0; column < 3; column++) {
    for (let row = 0; row < 5; row++) {
      const bit = column * 5 + row
      if ((hash >>> bit) & 1) {
        cells.push([column, row])
        if (column < 2) cells.push([4 - column, row])
      }
    }
  }
  // Never an empty square: a pseudonym whose bits are all zero gets the centre.
  if (cells.length === 0) cells.push([2, 2])
  return { cells, color: COLORS[(hash >>> 16) % COLORS.length]!, background: '#f4f6f5' }
}
