// Wall-clock arithmetic in an IANA zone without a date library.
//
// Offsets come from one source on every runner OS: the time-zone data compiled into Node's ICU,
// read through Intl. The system's zone files (/usr/share/zoneinfo, TZDIR) are never read: they
// were a second copy of the database that disagreed with ICU's whenever the two releases
// differed, so a window's decision changed with the runner image. The zone's transitions (DST and
// rule changes) are found once per covered year by sampling Intl daily and bisecting to the
// minute, so every later conversion is arithmetic plus a binary search, never an Intl call. That
// keeps a year-long `next-window` search in the low milliseconds while staying exact across DST,
// 30-minute DST (Lord Howe) and odd offsets (Chatham).

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

const SAMPLE = DAY
const COVER = 400 * DAY
/** Beyond this from the covered range, a lookup starts a new table rather than extend it. */
const FAR = 4 * COVER

/** A local calendar position. `day` counts local days since 1970-01-01; weekday 0 = Sunday. */
export interface Local {
  day: number
  minute: number
  weekday: number
  year: number
  month: number
  date: number
  hour: number
  minuteOfHour: number
}

/**
 * Zones ICU still calls by the name CLDR froze before IANA renamed them, mapped to the IANA name
 * (the one in IANA's zone.tab). ICU canonicalises every spelling of these zones to the old name
 * (`Europe/Kyiv` resolves to `Europe/Kiev`), while IANA's own name is the new one; the
 * canonical-tz proposal for ECMAScript (tc39/proposal-canonical-tz) describes the same gap. Found
 * by resolving each zone.tab name through Node 24's ICU (tz 2026c): exactly these 19 differ.
 */
const RENAMED: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
}

const canonical = new Map<string, string | null>()

/**
 * The canonical IANA name of a zone, or null when ICU does not know it. Any spelling ICU accepts
 * names the same zone: case is ignored (ECMA-402 matches zone names ASCII-case-insensitively) and
 * links resolve to their zone (`US/Pacific` is `America/Los_Angeles`, `Europe/Kiev` is
 * `Europe/Kyiv`); `UTC`, `Etc/UTC` and `GMT` are `UTC`, as ECMA-402 has it.
 */
export function canonicalTimeZone(name: string): string | null {
  let c = canonical.get(name)
  if (c === undefined) {
    try {
      const icu = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
      c = RENAMED[icu] ?? icu
    } catch {
      c = null
    }
    canonical.set(name, c)
  }
  return c
}

export function isValidTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null
}

const zones = new Map<string, Zone>()

/**
 * One shared Zone per zone, whatever the spelling: its transition table is the expensive part, so
 * it is computed once. The policy schema has already canonicalised every name it passes here.
 */
export function zone(name: string): Zone {
  const id = canonicalTimeZone(name) ?? name
  let z = zones.get(id)
  if (!z) {
    z = new Zone(id)
    zones.set(id, z)
  }
  return z
}

export class Zone {
  private fmt: Intl.DateTimeFormat | null = null
  // transitions[i] is the first instant with offsets[i + 1]; offsets[0] applies before all of them.
  private transitions: number[] = []
  private offsets: number[] = []
  private lo = 0
  private hi = 0

  constructor(readonly name: string) {}

  /** UTC offset in ms at an instant, straight from Intl: only the table's scans call this. */
  private rawOffset(ms: number): number {
    this.fmt ??= new Intl.DateTimeFormat('en-US', {
      timeZone: this.name,
      timeZoneName: 'longOffset',
    })
    const s = this.fmt.format(ms)
    const m = /GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s)
    if (!m) return 0 // "GMT" alone is +00:00
    const v = Number(m[2]) * HOUR + Number(m[3]) * MINUTE + Number(m[4] ?? 0) * 1000
    return m[1] === '-' ? -v : v
  }

  private cover(ms: number): void {
    if (this.hi > this.lo && ms >= this.lo && ms < this.hi) return
    // Far from the table (a freeze "to: 9999-12-31" after a check at today): start a new table
    // there instead of scanning every year between, which took seconds per policy.
    if (this.hi === this.lo || ms >= this.hi + FAR || ms < this.lo - FAR) {
      const start = Math.floor(ms / DAY) * DAY - COVER / 2
      this.offsets = [this.rawOffset(start)]
      this.transitions = []
      this.lo = start
      this.hi = start
      this.scan(start, start + COVER, true)
      return
    }
    while (ms >= this.hi) this.scan(this.hi, this.hi + COVER, true)
    while (ms < this.lo) this.scan(this.lo - COVER, this.lo, false)
  }

  /** Finds the transitions in [from, to) and appends or prepends them to the table. */
  private scan(from: number, to: number, forward: boolean): void {
    const found: number[] = []
    const after: number[] = []
    let prevT = from
    let prevO = this.rawOffset(from)
    const first = prevO
    for (let t = from + SAMPLE; t <= to; t += SAMPLE) {
      const o = this.rawOffset(t)
      if (o !== prevO) {
        let a = prevT / MINUTE
        let b = t / MINUTE
        while (b - a > 1) {
          const mid = Math.floor((a + b) / 2)
          if (this.rawOffset(mid * MINUTE) === prevO) a = mid
          else b = mid
        }
        found.push(b * MINUTE)
        after.push(o)
        prevO = o
      }
      prevT = t
    }
    if (forward) {
      this.transitions.push(...found)
      this.offsets.push(...after)
      this.hi = to
    } else {
      this.transitions.unshift(...found)
      this.offsets.splice(0, 1, first, ...after)
      this.lo = from
    }
  }

  /** The number of transitions at or before ms. */
  private index(ms: number): number {
    this.cover(ms)
    return countAtOrBefore(this.transitions, ms)
  }

  offsetAt(ms: number): number {
    const i = this.index(ms) // first: it may replace the tables
    return this.offsets[i] as number
  }

  /** The first transition strictly after `ms`, or +Infinity if none within the covered year. */
  nextTransition(ms: number): number {
    this.cover(ms + COVER / 2)
    const i = this.index(ms)
    return this.transitions[i] ?? Number.POSITIVE_INFINITY
  }

  local(ms: number): Local {
    return localOf(ms + this.offsetAt(ms))
  }

  /**
   * Instants whose local wall clock reads `wall` (local ms since the epoch): none in a
   * spring-forward gap, two in a fall-back overlap, otherwise one. Sorted ascending.
   */
  instantsOf(wall: number): number[] {
    const out: number[] = []
    for (const o of new Set([this.offsetAt(wall - DAY), this.offsetAt(wall + DAY)])) {
      const c = wall - o
      if (this.offsetAt(c) === o) out.push(c)
    }
    return out.sort((x, y) => x - y)
  }

  /** The first instant whose wall clock reads `wall` or later (a gap resolves to its end). */
  firstAtOrAfter(wall: number): number {
    const hits = this.instantsOf(wall)
    if (hits.length > 0) return hits[0] as number
    return this.nextTransition(wall - this.offsetAt(wall + DAY))
  }

  /**
   * The next instant after `t` at which the wall clock reads one of `minutes` (minutes of the
   * day, sorted) or the offset changes. Within one offset segment wall time is t + offset, so
   * each candidate is a subtraction; the transition itself bounds the segment.
   */
  nextWallBoundary(t: number, minutes: readonly number[]): number {
    const o = this.offsetAt(t)
    const end = this.nextTransition(t)
    const day = Math.floor((t + o) / DAY)
    for (let d = day; d <= day + 1; d++) {
      for (const m of minutes) {
        const c = d * DAY + m * MINUTE - o
        if (c > t) return Math.min(c, end)
      }
    }
    return end
  }
}

/** How many of `sorted` (ascending) are at or before x: a binary search. */
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

export function localOf(wall: number): Local {
  const day = Math.floor(wall / DAY)
  const minute = Math.floor((wall - day * DAY) / MINUTE)
  // Days to a civil date with integer arithmetic (H. Hinnant's algorithm): this runs for every
  // boundary a search visits, and a Date per call showed in the start-up profile.
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const month = mp < 10 ? mp + 3 : mp - 9
  return {
    day,
    minute,
    weekday: (((day + 4) % 7) + 7) % 7,
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    date: doy - Math.floor((153 * mp + 2) / 5) + 1,
    hour: Math.floor(minute / 60),
    minuteOfHour: minute % 60,
  }
}

/** Local day number of a calendar date. */
export function dayOf(year: number, month: number, date: number): number {
  return Math.floor(Date.UTC(year, month - 1, date) / DAY)
}
