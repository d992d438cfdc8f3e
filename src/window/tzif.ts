// UTC offsets from the system's compiled time-zone files (TZif, RFC 8536), when it has them.
//
// The first Intl.DateTimeFormat of a process loads ICU's time-zone data, which cost ~10 ms of
// every `window` step; reading /usr/share/zoneinfo/<zone> is a fraction of a millisecond. Both are
// the IANA database. Where a zone file is missing or unreadable, zone.ts falls back to Intl.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const HOUR = 3_600_000
const DAY = 24 * HOUR

export interface Tzif {
  /** Transition instants (ms), ascending. */
  times: number[]
  /** Offset (ms) in force from each transition on. */
  offsets: number[]
  /** Offset before the first transition. */
  initial: number
  /** The footer rule for instants after the last transition, if any. */
  rule: PosixRule | null
}

interface RuleDate {
  kind: 'M' | 'J' | 'n'
  month: number
  week: number
  day: number
  /** Seconds after local midnight (may be negative or past 24 h). */
  time: number
}

export interface PosixRule {
  std: number
  dst: number | null
  start?: RuleDate
  end?: RuleDate
}

const ROOTS = [
  process.env.TZDIR,
  '/usr/share/zoneinfo',
  '/usr/lib/zoneinfo',
  '/usr/share/lib/zoneinfo',
]

/** Reads a zone's TZif file; null when there is none or it cannot be read. */
export function loadTzif(name: string): Tzif | null {
  if (!/^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)*$/.test(name)) return null
  for (const root of ROOTS) {
    if (!root) continue
    try {
      return parseTzif(readFileSync(join(root, name)))
    } catch {
      // next root
    }
  }
  return null
}

export function parseTzif(buf: Buffer): Tzif | null {
  if (buf.toString('latin1', 0, 4) !== 'TZif') return null
  const version = buf[4]
  const counts = (at: number) => [0, 1, 2, 3, 4, 5].map((i) => buf.readUInt32BE(at + 20 + i * 4))
  let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(0) as number[]
  let at = 44
  let wide = false
  if (version !== 0 && version !== undefined && version >= 0x32) {
    // Skip the 32-bit block; the 64-bit one after it has the whole range.
    at += timecnt! * 5 + typecnt! * 6 + charcnt! + leap! * 8 + isstd! + isut!
    ;[isut, isstd, leap, timecnt, typecnt, charcnt] = counts(at) as number[]
    at += 44
    wide = true
  }
  const times: number[] = []
  for (let i = 0; i < timecnt!; i++)
    times.push((wide ? Number(buf.readBigInt64BE(at + i * 8)) : buf.readInt32BE(at + i * 4)) * 1000)
  at += timecnt! * (wide ? 8 : 4)
  const index = [...buf.subarray(at, at + timecnt!)]
  at += timecnt!
  const types: number[] = []
  for (let i = 0; i < typecnt!; i++) types.push(buf.readInt32BE(at + i * 6) * 1000)
  at += typecnt! * 6 + charcnt! + leap! * (wide ? 12 : 8) + isstd! + isut!
  let rule: PosixRule | null = null
  if (wide) {
    const footer = buf.toString('latin1', at).split('\n')[1] ?? ''
    if (footer !== '') {
      rule = parsePosix(footer)
      if (!rule) return null // a rule we cannot read: let Intl answer instead
    }
  }
  if (types.length === 0) return null
  return { times, offsets: index.map((i) => types[i] as number), initial: types[0] as number, rule }
}

/** "CET-1CEST,M3.5.0,M10.5.0/3", "<+0330>-3:30", "EST5EDT,M3.2.0,M11.1.0". */
export function parsePosix(s: string): PosixRule | null {
  const re =
    /^(?:<[^>]+>|[A-Za-z]{3,})([+-]?\d{1,3}(?::\d{2}){0,2})(?:(?:<[^>]+>|[A-Za-z]{3,})([+-]?\d{1,3}(?::\d{2}){0,2})?(?:,([^,]+),([^,]+))?)?$/
  const m = re.exec(s)
  if (!m) return null
  const hasDst =
    /^(?:<[^>]+>|[A-Za-z]{3,})[+-]?\d{1,3}(?::\d{2}){0,2}(?:<[^>]+>|[A-Za-z]{3,})/.test(s)
  // POSIX offsets are west-positive: "CET-1" is UTC+1.
  const std = -clock(m[1] as string) * 1000
  if (!hasDst) return { std, dst: null }
  const dst = m[2] !== undefined ? -clock(m[2]) * 1000 : std + HOUR
  if (!m[3] || !m[4]) return null
  const start = ruleDate(m[3])
  const end = ruleDate(m[4])
  if (!start || !end) return null
  return { std, dst, start, end }
}

function clock(t: string): number {
  const neg = t.startsWith('-')
  const [h = 0, mi = 0, se = 0] = t.replace(/^[+-]/, '').split(':').map(Number)
  const v = h * 3600 + mi * 60 + se
  return neg ? -v : v
}

function ruleDate(s: string): RuleDate | null {
  const [date, time] = s.split('/')
  const t = time === undefined ? 7200 : clock(time)
  let m: RegExpExecArray | null
  if ((m = /^M(\d{1,2})\.(\d)\.(\d)$/.exec(date ?? '')))
    return { kind: 'M', month: Number(m[1]), week: Number(m[2]), day: Number(m[3]), time: t }
  if ((m = /^J(\d{1,3})$/.exec(date ?? '')))
    return { kind: 'J', month: 0, week: 0, day: Number(m[1]), time: t }
  if ((m = /^(\d{1,3})$/.exec(date ?? '')))
    return { kind: 'n', month: 0, week: 0, day: Number(m[1]), time: t }
  return null
}

/** Local midnight-relative instant of a rule date in a year, as UTC ms given the offset in force. */
function ruleInstant(r: RuleDate, year: number, offset: number): number {
  let day: number
  if (r.kind === 'M') {
    const first = Date.UTC(year, r.month - 1, 1) / DAY
    const firstDow = (((first + 4) % 7) + 7) % 7
    day = first + ((r.day - firstDow + 7) % 7) + (r.week - 1) * 7
    if (r.week === 5) {
      const next = Date.UTC(year, r.month, 1) / DAY
      while (day >= next) day -= 7
    }
  } else if (r.kind === 'J') {
    // Julian 1-365, February 29 never counted
    const jan1 = Date.UTC(year, 0, 1) / DAY
    const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1
    day = jan1 + r.day - 1 + (leap && r.day >= 60 ? 1 : 0)
  } else day = Date.UTC(year, 0, 1) / DAY + r.day
  return day * DAY + r.time * 1000 - offset
}

/** Offset at an instant under a footer rule. */
export function ruleOffset(r: PosixRule, ms: number): number {
  if (r.dst === null || !r.start || !r.end) return r.std
  const year = new Date(ms + r.std).getUTCFullYear()
  const start = ruleInstant(r.start, year, r.std)
  const end = ruleInstant(r.end, year, r.dst)
  // Southern zones start DST late in the year and end it early in the next.
  const inDst = start < end ? ms >= start && ms < end : ms >= start || ms < end
  return inDst ? r.dst : r.std
}

/** How many of the ascending `sorted` are at or before x. */
export function countAtOrBefore(sorted: readonly number[], x: number): number {
  let a = 0
  let b = sorted.length
  while (a < b) {
    const mid = (a + b) >> 1
    if ((sorted[mid] as number) <= x) a = mid + 1
    else b = mid
  }
  return a
}

export function tzifOffset(z: Tzif, ms: number): number {
  const t = z.times
  if (t.length === 0 || ms < (t[0] as number))
    return t.length === 0 && z.rule ? ruleOffset(z.rule, ms) : z.initial
  const a = countAtOrBefore(t, ms)
  if (a === t.length && z.rule) return ruleOffset(z.rule, ms)
  return z.offsets[a - 1] as number
}
