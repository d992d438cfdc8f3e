// Durations as users write them in workflow YAML: "500ms", "10s", "5m", "1h", "2d", or a
// concatenation such as "1h30m". A bare number is refused: "10" could mean seconds or ms.

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y

/** Milliseconds, or an error sentence. */
export function parseDuration(text: string): number | string {
  const s = text.trim()
  if (s === '')
    return 'expected a duration such as "500ms", "10s", "5m" or "1h", got an empty value'
  if (s.startsWith('-')) return `must not be negative, got "${text}"`
  let total = 0
  PART.lastIndex = 0
  while (PART.lastIndex < s.length) {
    const at = PART.lastIndex
    const m = PART.exec(s)
    if (!m || m.index !== at)
      return `expected a duration such as "500ms", "10s", "5m" or "1h", got "${text}"`
    total += Number(m[1]) * (UNITS[m[2] as string] as number)
  }
  // Enough nines make Infinity, and past 2^53 ms (285,000 years) nothing counts exactly.
  if (!(total <= Number.MAX_SAFE_INTEGER)) return `is too long: "${text}"`
  return Math.round(total)
}

/** "2d 18h 55m"-style text for people; sub-minute parts only when the whole is under an hour. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  const total = Math.round(ms / 1000)
  const d = Math.floor(total / 86400)
  const h = Math.floor((total % 86400) / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const parts: string[] = []
  if (d) parts.push(`${d}d`)
  if (h) parts.push(`${h}h`)
  if (m) parts.push(`${m}m`)
  if (s && total < 3600) parts.push(`${s}s`)
  return parts.join(' ') || '0s'
}
