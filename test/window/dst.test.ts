// DST and odd offsets. Every expected instant here is either hard-coded from tz knowledge or
// derived from the hard-coded transition table below; the table itself is cross-checked against
// Intl with code that shares nothing with src/window/zone.ts.
import { isOpen, nextClose, nextOpen } from '../../src/window/engine.js'
import type { Scope } from '../../src/window/policy.js'
import { at, scopeOf } from '../helpers/policy.js'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

// ---- an independent wall clock (Intl.DateTimeFormat#formatToParts) ----

const formats = new Map<string, Intl.DateTimeFormat>()
function fmt(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formats.set(zone, f)
  }
  return f
}

interface Wall {
  y: number
  mo: number
  d: number
  h: number
  mi: number
  s: number
}

function wall(zone: string, ms: number): Wall {
  const p: Record<string, number> = {}
  for (const part of fmt(zone).formatToParts(ms))
    if (part.type !== 'literal') p[part.type] = Number(part.value)
  return { y: p.year!, mo: p.month!, d: p.day!, h: p.hour! % 24, mi: p.minute!, s: p.second! }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "YYYY-MM-DDTHH:MM" on the zone's wall clock. */
function wallText(zone: string, ms: number): string {
  const w = wall(zone, ms)
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`
}

/** UTC offset in minutes at an instant. */
function offsetMin(zone: string, ms: number): number {
  const w = wall(zone, ms)
  const whole = Math.floor(ms / 1000) * 1000
  return (Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - whole) / MIN
}

// ---- the transitions of 2026 and 2027, from tz knowledge ----

interface Transition {
  zone: string
  /** The first instant with the new offset. */
  utc: string
  /** Offsets in minutes before and after. */
  before: number
  after: number
  /** Wall clock one minute before the transition, and at it. */
  wallBefore: string
  wallAt: string
}

const tr = (
  zone: string,
  utc: string,
  before: number,
  after: number,
  wallBefore: string,
  wallAt: string,
): Transition => ({ zone, utc, before, after, wallBefore, wallAt })

const BER = 'Europe/Berlin'
const NYC = 'America/New_York'
const LHI = 'Australia/Lord_Howe'
const SCL = 'America/Santiago'
const KOL = 'Asia/Kolkata'
const CHA = 'Pacific/Chatham'
const ZONES = [BER, NYC, LHI, SCL, KOL, CHA]

const TRANSITIONS: Transition[] = [
  // EU: last Sunday of March / October at 01:00 UTC.
  tr(BER, '2026-03-29T01:00:00Z', 60, 120, '2026-03-29T01:59', '2026-03-29T03:00'),
  tr(BER, '2026-10-25T01:00:00Z', 120, 60, '2026-10-25T02:59', '2026-10-25T02:00'),
  tr(BER, '2027-03-28T01:00:00Z', 60, 120, '2027-03-28T01:59', '2027-03-28T03:00'),
  tr(BER, '2027-10-31T01:00:00Z', 120, 60, '2027-10-31T02:59', '2027-10-31T02:00'),
  // US: second Sunday of March / first Sunday of November at 02:00 local.
  tr(NYC, '2026-03-08T07:00:00Z', -300, -240, '2026-03-08T01:59', '2026-03-08T03:00'),
  tr(NYC, '2026-11-01T06:00:00Z', -240, -300, '2026-11-01T01:59', '2026-11-01T01:00'),
  tr(NYC, '2027-03-14T07:00:00Z', -300, -240, '2027-03-14T01:59', '2027-03-14T03:00'),
  tr(NYC, '2027-11-07T06:00:00Z', -240, -300, '2027-11-07T01:59', '2027-11-07T01:00'),
  // Lord Howe: 30-minute DST, first Sunday of April / October at 02:00 local.
  tr(LHI, '2026-04-04T15:00:00Z', 660, 630, '2026-04-05T01:59', '2026-04-05T01:30'),
  tr(LHI, '2026-10-03T15:30:00Z', 630, 660, '2026-10-04T01:59', '2026-10-04T02:30'),
  tr(LHI, '2027-04-03T15:00:00Z', 660, 630, '2027-04-04T01:59', '2027-04-04T01:30'),
  tr(LHI, '2027-10-02T15:30:00Z', 630, 660, '2027-10-03T01:59', '2027-10-03T02:30'),
  // Chile: at local midnight (24:00 Saturday goes back to 23:00; 24:00 Saturday jumps to 01:00).
  tr(SCL, '2026-04-05T03:00:00Z', -180, -240, '2026-04-04T23:59', '2026-04-04T23:00'),
  tr(SCL, '2026-09-06T04:00:00Z', -240, -180, '2026-09-05T23:59', '2026-09-06T01:00'),
  tr(SCL, '2027-04-04T03:00:00Z', -180, -240, '2027-04-03T23:59', '2027-04-03T23:00'),
  tr(SCL, '2027-09-05T04:00:00Z', -240, -180, '2027-09-04T23:59', '2027-09-05T01:00'),
  // Chatham: +13:45 / +12:45, first Sunday of April at 03:45, last Sunday of September at 02:45.
  tr(CHA, '2026-04-04T14:00:00Z', 825, 765, '2026-04-05T03:44', '2026-04-05T02:45'),
  tr(CHA, '2026-09-26T14:00:00Z', 765, 825, '2026-09-27T02:44', '2026-09-27T03:45'),
  tr(CHA, '2027-04-03T14:00:00Z', 825, 765, '2027-04-04T03:44', '2027-04-04T02:45'),
  tr(CHA, '2027-09-25T14:00:00Z', 765, 825, '2027-09-26T02:44', '2027-09-26T03:45'),
]

const label = (t: Transition) => `${t.zone} ${t.utc} (${t.before}->${t.after})`
const T = (t: Transition) => Date.parse(t.utc)

/** Minute of the day of "YYYY-MM-DDTHH:MM" (or "HH:MM"). */
function minuteOf(text: string): number {
  const m = /(\d{2}):(\d{2})$/.exec(text)!
  return Number(m[1]) * 60 + Number(m[2])
}

/** Is a minute of the day inside "HH:MM-HH:MM" read as a plain wall-clock range? */
function inRange(minute: number, hours: string): boolean {
  const [s, e] = hours.split('-').map((x) => minuteOf(x)) as [number, number]
  const end = e % 1440
  return s < end ? minute >= s && minute < end : minute >= s || minute < end
}

function rangeLength(hours: string): number {
  const [s, e] = hours.split('-').map((x) => minuteOf(x)) as [number, number]
  return (((e % 1440) - s + 1440) % 1440 || 1440) * MIN
}

const allowHours = (zone: string, hours: string) =>
  scopeOf(`timezone: ${zone}\nallow:\n  - name: window\n    hours: "${hours}"\n`)

/** The open interval found by searching from `from`. */
function openRun(s: Scope, from: number): [number, number] {
  const o = nextOpen(s, from)
  expect(o).not.toBeNull()
  const c = nextClose(s, o!)
  expect(c).not.toBeNull()
  return [o!, c!]
}

// ---- the table agrees with the runtime's tz data ----

describe('transition table', () => {
  test.each(TRANSITIONS.map((t) => [label(t), t] as const))('%s matches Intl', (_, t) => {
    expect(offsetMin(t.zone, T(t) - 1)).toBe(t.before)
    expect(offsetMin(t.zone, T(t))).toBe(t.after)
    expect(wallText(t.zone, T(t) - MIN)).toBe(t.wallBefore)
    expect(wallText(t.zone, T(t))).toBe(t.wallAt)
  })

  test.each(ZONES)('%s has exactly the listed transitions in 2026-2027', (zone) => {
    const found: string[] = []
    let prev = offsetMin(zone, Date.UTC(2026, 0, 1))
    for (let d = Date.UTC(2026, 0, 1) + 6 * HOUR; d <= Date.UTC(2028, 0, 1); d += 6 * HOUR) {
      const o = offsetMin(zone, d)
      if (o === prev) continue
      let a = d - 6 * HOUR
      let b = d
      while (b - a > MIN) {
        const mid = a + Math.floor((b - a) / 2 / MIN) * MIN
        if (offsetMin(zone, mid) === prev) a = mid
        else b = mid
      }
      found.push(new Date(b).toISOString().replace('.000Z', 'Z'))
      prev = o
    }
    expect(found).toEqual(TRANSITIONS.filter((t) => t.zone === zone).map((t) => t.utc))
    if (zone === KOL) expect(prev).toBe(330)
  })
})

// ---- hours rules just before, at and after each transition ----

const PROBE_HOURS: Record<string, string[]> = {
  [BER]: ['01:00-04:00', '00:00-02:00', '02:00-03:00', '02:30-03:30', '03:00-05:00', '05:00-06:00'],
  [NYC]: ['00:00-04:00', '00:00-02:00', '01:00-02:00', '02:00-03:00', '03:00-05:00', '05:00-06:00'],
  [LHI]: ['01:00-03:00', '00:00-02:00', '01:30-02:00', '02:00-02:30', '02:30-04:00', '04:00-05:00'],
  [SCL]: ['22:00-02:00', '00:00-01:00', '23:00-24:00', '01:00-03:00', '12:00-23:00', '03:00-04:00'],
  [CHA]: ['02:00-05:00', '00:00-02:45', '02:45-03:45', '03:00-03:45', '03:45-06:00', '06:00-07:00'],
}

describe('hours rules around each transition', () => {
  const cases = TRANSITIONS.flatMap((t) =>
    (PROBE_HOURS[t.zone] as string[]).map((h) => [label(t), h, t] as const),
  )
  test.each(cases)('%s, hours %s: decisions follow the wall clock', async (_, hours, t) => {
    const s = await allowHours(t.zone, hours)
    const before = minuteOf(t.wallBefore)
    const atT = minuteOf(t.wallAt)
    const got = [isOpen(s, T(t) - 1), isOpen(s, T(t)), isOpen(s, T(t) + MIN), isOpen(s, T(t) - MIN)]
    expect(got).toEqual([
      inRange(before, hours),
      inRange(atT, hours),
      inRange(atT + 1, hours),
      inRange(before, hours),
    ])
  })

  // The first probe range covers the transition, the last one lies after it on the same day.
  test.each(TRANSITIONS.map((t) => [label(t), t] as const))(
    '%s: covering range changes length by the DST delta, a later one keeps it',
    async (_, t) => {
      const probes = PROBE_HOURS[t.zone] as string[]
      const cover = probes[0] as string
      const later = probes[probes.length - 1] as string
      const delta = (t.after - t.before) * MIN

      const [o, c] = openRun(await allowHours(t.zone, cover), T(t) - 8 * HOUR)
      expect(o).toBeLessThan(T(t))
      expect(c).toBeGreaterThan(T(t))
      expect(c - o).toBe(rangeLength(cover) - delta)
      expect(wallText(t.zone, o).slice(11)).toBe(cover.slice(0, 5))
      expect(wallText(t.zone, c).slice(11)).toBe(cover.slice(6))

      const [o2, c2] = openRun(await allowHours(t.zone, later), T(t) - 8 * HOUR)
      expect(o2).toBeGreaterThan(T(t))
      expect(c2 - o2).toBe(rangeLength(later))
    },
  )

  test.each(TRANSITIONS.map((t) => [label(t), t] as const))(
    '%s: overnight 22:00-04:00 spanning it is 6 h minus the delta',
    async (_, t) => {
      const [o, c] = openRun(await allowHours(t.zone, '22:00-04:00'), T(t) - 8 * HOUR)
      expect(o).toBeLessThan(T(t))
      expect(c).toBeGreaterThan(T(t))
      expect(c - o).toBe(6 * HOUR - (t.after - t.before) * MIN)
    },
  )

  test('Berlin spring-forward: exact instants of 01:00-04:00, 02:00-03:00 and 02:30-03:30', async () => {
    const [o, c] = openRun(await allowHours(BER, '01:00-04:00'), at('2026-03-28T12:00:00+01:00'))
    expect([o, c]).toEqual([at('2026-03-29T01:00:00+01:00'), at('2026-03-29T04:00:00+02:00')])
    // The whole range is in the gap: nothing that day, the next run is Monday's.
    const s = await allowHours(BER, '02:00-03:00')
    expect(nextOpen(s, at('2026-03-28T12:00:00+01:00'))).toBe(at('2026-03-30T02:00:00+02:00'))
    // Half of it is in the gap: it opens at the transition.
    const [o3, c3] = openRun(await allowHours(BER, '02:30-03:30'), at('2026-03-28T12:00:00+01:00'))
    expect([o3, c3]).toEqual([at('2026-03-29T03:00:00+02:00'), at('2026-03-29T03:30:00+02:00')])
  })

  test('New York fall-back: 01:00-02:00 runs through both 01:00 hours (2 h)', async () => {
    const [o, c] = openRun(await allowHours(NYC, '01:00-02:00'), at('2026-10-31T12:00:00-04:00'))
    expect([o, c]).toEqual([at('2026-11-01T01:00:00-04:00'), at('2026-11-01T02:00:00-05:00')])
  })
})

// ---- 09:00-16:00 is 7 h every day ----

describe('09:00-16:00 is exactly 7 h on every day of 2026 and 2027', () => {
  test.each(ZONES)('%s', async (zone) => {
    const s = await allowHours(zone, '09:00-16:00')
    let day = Date.UTC(2026, 0, 1)
    let x = day - offsetMin(zone, day) * MIN // local midnight, 2026-01-01
    expect(wallText(zone, x)).toBe('2026-01-01T00:00')
    while (day < Date.UTC(2028, 0, 1)) {
      const [o, c] = openRun(s, x)
      const want = new Date(day).toISOString().slice(0, 10)
      if (c - o !== 7 * HOUR || wallText(zone, o) !== `${want}T09:00`)
        throw new Error(`${zone} ${want}: opened ${wallText(zone, o)} for ${(c - o) / MIN} min`)
      expect(wallText(zone, c)).toBe(`${want}T16:00`)
      x = c
      day += DAY
    }
  })
})

// ---- days change at local midnight ----

// Wednesday 2026-06-10, local midnight, with the June offset of each zone.
const WED_MIDNIGHT: Record<string, string> = {
  [BER]: '2026-06-10T00:00:00+02:00',
  [NYC]: '2026-06-10T00:00:00-04:00',
  [LHI]: '2026-06-10T00:00:00+10:30',
  [SCL]: '2026-06-10T00:00:00-04:00',
  [KOL]: '2026-06-10T00:00:00+05:30',
  [CHA]: '2026-06-10T00:00:00+12:45',
}

describe('days rules change at local midnight, not UTC midnight', () => {
  test.each(ZONES)('%s: allow days wed', async (zone) => {
    const s = await scopeOf(`timezone: ${zone}\nallow:\n  - days: wed\n`)
    const mid = at(WED_MIDNIGHT[zone] as string)
    expect(isOpen(s, mid - 1)).toBe(false)
    expect(isOpen(s, mid)).toBe(true)
    expect(nextOpen(s, mid - 20 * HOUR)).toBe(mid)
    expect(nextClose(s, mid)).toBe(mid + DAY)
    expect(isOpen(s, mid + DAY - 1)).toBe(true)
    // UTC midnights: east of Greenwich UTC Wed 00:00 is already Wednesday and UTC Thu 00:00 is
    // Thursday; west of it both are still the day before.
    const east = !zone.startsWith('America/')
    expect(isOpen(s, Date.UTC(2026, 5, 10))).toBe(east)
    expect(isOpen(s, Date.UTC(2026, 5, 11))).toBe(!east)
  })

  const weekday = (date: string) =>
    ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(`${date}T00:00:00Z`).getUTCDay()]

  test.each(TRANSITIONS.map((t) => [label(t), t] as const))(
    '%s: the local day holding it lasts 24 h minus the delta',
    async (_, t) => {
      const date = t.wallAt.slice(0, 10)
      const s = await scopeOf(`timezone: ${t.zone}\nallow:\n  - days: ${weekday(date)}\n`)
      const [o, c] = openRun(s, T(t) - 30 * HOUR)
      expect(o).toBeLessThanOrEqual(T(t))
      expect(c).toBeGreaterThan(T(t))
      expect(c - o).toBe(DAY - (t.after - t.before) * MIN)
      expect(wallText(t.zone, o).slice(0, 10)).toBe(date)
      expect(wallText(t.zone, o - 1).slice(0, 10)).not.toBe(date)
      expect(wallText(t.zone, c - 1).slice(0, 10)).toBe(date)
    },
  )

  test('Santiago: Sunday 2026-09-06 starts at 01:00 -03, Saturday 2026-04-04 lasts 25 h', async () => {
    const sun = await scopeOf(`timezone: ${SCL}\nallow:\n  - days: sun\n`)
    expect(nextOpen(sun, at('2026-09-05T12:00:00-04:00'))).toBe(at('2026-09-06T01:00:00-03:00'))
    const sat = await scopeOf(`timezone: ${SCL}\nallow:\n  - days: sat\n`)
    expect(openRun(sat, at('2026-04-03T12:00:00-03:00'))).toEqual([
      at('2026-04-04T00:00:00-03:00'),
      at('2026-04-05T00:00:00-04:00'),
    ])
    // 03:30 UTC reads Saturday 23:30 the second time round: still Saturday.
    expect(isOpen(sat, at('2026-04-05T03:30:00Z'))).toBe(true)
    expect(isOpen(sun, at('2026-04-05T03:30:00Z'))).toBe(false)
  })

  test('an overnight range belongs to the day it starts on, across the transition', async () => {
    const sat = await scopeOf(`timezone: ${BER}\nallow:\n  - days: sat\n    hours: "22:00-04:00"\n`)
    expect(openRun(sat, at('2026-03-28T12:00:00+01:00'))).toEqual([
      at('2026-03-28T22:00:00+01:00'),
      at('2026-03-29T04:00:00+02:00'),
    ])
    const sun = await scopeOf(`timezone: ${BER}\nallow:\n  - days: sun\n    hours: "22:00-04:00"\n`)
    expect(isOpen(sun, at('2026-03-29T03:30:00+02:00'))).toBe(false)
    expect(nextOpen(sun, at('2026-03-29T03:30:00+02:00'))).toBe(at('2026-03-29T22:00:00+02:00'))
    // Santiago fall-back: Saturday 22:00 -03 to Sunday 04:00 -04 is 7 h.
    const scl = await scopeOf(`timezone: ${SCL}\nallow:\n  - days: sat\n    hours: "22:00-04:00"\n`)
    expect(openRun(scl, at('2026-04-04T12:00:00-03:00'))).toEqual([
      at('2026-04-04T22:00:00-03:00'),
      at('2026-04-05T04:00:00-04:00'),
    ])
  })
})

// ---- from / to date freezes ----

// The year-end freeze bounds in each zone's January offset.
const FREEZE: Record<string, [string, string]> = {
  [BER]: ['2026-12-19T00:00:00+01:00', '2027-01-05T00:00:00+01:00'],
  [NYC]: ['2026-12-19T00:00:00-05:00', '2027-01-05T00:00:00-05:00'],
  [LHI]: ['2026-12-19T00:00:00+11:00', '2027-01-05T00:00:00+11:00'],
  [SCL]: ['2026-12-19T00:00:00-03:00', '2027-01-05T00:00:00-03:00'],
  [KOL]: ['2026-12-19T00:00:00+05:30', '2027-01-05T00:00:00+05:30'],
  [CHA]: ['2026-12-19T00:00:00+13:45', '2027-01-05T00:00:00+13:45'],
}

const freeze = (zone: string, from: string, to: string) =>
  scopeOf(`timezone: ${zone}\ndeny:\n  - name: Freeze\n    from: ${from}\n    to: ${to}\n`)

describe('from/to freezes', () => {
  test.each(ZONES)(
    '%s: from 2026-12-19 to 2027-01-04 covers those whole local days',
    async (zone) => {
      const s = await freeze(zone, '2026-12-19', '2027-01-04')
      const [a, b] = (FREEZE[zone] as [string, string]).map(at) as [number, number]
      expect(isOpen(s, a - 1)).toBe(true)
      expect(isOpen(s, a)).toBe(false)
      expect(isOpen(s, b - 1)).toBe(false)
      expect(isOpen(s, b)).toBe(true)
      expect(nextClose(s, a - 12 * HOUR)).toBe(a)
      expect(nextOpen(s, a)).toBe(b)
      expect(nextOpen(s, a + 3 * DAY + 17 * MIN)).toBe(b)
    },
  )

  test.each([
    [BER, '2026-03-28', '2026-03-29', 47],
    [BER, '2026-10-24', '2026-10-25', 49],
    [NYC, '2026-03-08', '2026-03-08', 23],
    [NYC, '2026-11-01', '2026-11-01', 25],
    [LHI, '2026-04-05', '2026-04-05', 24.5],
    [LHI, '2026-10-04', '2026-10-04', 23.5],
    [SCL, '2026-04-04', '2026-04-04', 25],
    [SCL, '2026-09-06', '2026-09-06', 23],
    [CHA, '2026-04-05', '2026-04-05', 25],
    [CHA, '2026-09-27', '2026-09-27', 23],
  ] as const)('%s: from %s to %s lasts %d h', async (zone, from, to, hours) => {
    const s = await freeze(zone, from, to)
    const a = nextClose(s, at(`${from}T00:00:00Z`) - 2 * DAY)!
    const b = nextOpen(s, a)!
    expect(b - a).toBe(hours * HOUR)
    expect(wallText(zone, a).slice(0, 10)).toBe(from)
    expect(wallText(zone, b - 1).slice(0, 10)).toBe(to)
  })

  test('Santiago: a freeze ending on 2026-09-05 ends when Sunday starts at 01:00 -03', async () => {
    const s = await freeze(SCL, '2026-09-01', '2026-09-05')
    expect(nextOpen(s, at('2026-09-03T12:00:00-04:00'))).toBe(at('2026-09-06T01:00:00-03:00'))
    expect(isOpen(s, at('2026-09-06T03:59:59.999Z'))).toBe(false)
    const t = await freeze(SCL, '2026-04-05', '2026-04-06')
    // 03:00-04:00 UTC reads 2026-04-04 23:xx: not yet the 5th.
    expect(nextClose(t, at('2026-04-04T12:00:00-03:00'))).toBe(at('2026-04-05T00:00:00-04:00'))
    expect(isOpen(t, at('2026-04-05T03:30:00Z'))).toBe(true)
  })

  test('a local date-time inside the spring-forward gap starts at the transition', async () => {
    const s = await freeze(BER, '2026-03-29T02:30', '2026-03-29T05:00')
    expect(openRun(s, at('2026-03-28T12:00:00+01:00'))[0]).toBe(at('2026-03-28T12:00:00+01:00'))
    expect(nextClose(s, at('2026-03-28T12:00:00+01:00'))).toBe(at('2026-03-29T03:00:00+02:00'))
    expect(nextOpen(s, at('2026-03-29T03:00:00+02:00'))).toBe(at('2026-03-29T05:00:00+02:00'))
  })
})

// ---- cron + duration across a transition ----

describe('cron "0 18 * * 3" with 2h', () => {
  const cron = (zone: string) =>
    scopeOf(`timezone: ${zone}\nallow:\n  - cron: "0 18 * * 3"\n    duration: 2h\n`)

  /** The Wednesday at or before (dir -1) / after (dir +1) a local date, as y-m-d. */
  function wednesday(date: string, dir: 1 | -1): [number, number, number] {
    let d = Date.parse(`${date}T00:00:00Z`)
    while (new Date(d).getUTCDay() !== 3) d += dir * DAY
    const x = new Date(d)
    return [x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate()]
  }

  test.each(TRANSITIONS.map((t) => [label(t), t] as const))(
    '%s: Wednesday 18:00 before uses the old offset, after it the new one',
    async (_, t) => {
      const s = await cron(t.zone)
      const date = t.wallAt.slice(0, 10)
      const [y1, m1, d1] = wednesday(date, -1)
      const [y2, m2, d2] = wednesday(date, 1)
      const first = Date.UTC(y1, m1, d1, 18) - t.before * MIN
      const second = Date.UTC(y2, m2, d2, 18) - t.after * MIN
      expect(second - first).toBe(7 * DAY - (t.after - t.before) * MIN)
      expect(openRun(s, first - 3 * DAY)).toEqual([first, first + 2 * HOUR])
      expect(openRun(s, first + 2 * HOUR)).toEqual([second, second + 2 * HOUR])
      expect(isOpen(s, second - 1)).toBe(false)
      expect(isOpen(s, second + 2 * HOUR - 1)).toBe(true)
      expect(wallText(t.zone, second)).toBe(
        `${y2}-${pad(m2 + 1)}-${pad(d2)}T18:00`, // and the wall clock agrees
      )
    },
  )

  test('Asia/Kolkata fires at 12:30 UTC', async () => {
    const s = await cron(KOL)
    expect(openRun(s, at('2026-06-08T00:00:00Z'))).toEqual([
      at('2026-06-10T12:30:00Z'),
      at('2026-06-10T14:30:00Z'),
    ])
  })

  test('as a deny rule in New York it closes 18:00-20:00 local on both sides of DST', async () => {
    const s = await scopeOf(
      `timezone: ${NYC}\ndeny:\n  - name: Release train\n    cron: "0 18 * * wed"\n    duration: 2h\n`,
    )
    expect(nextClose(s, at('2026-03-04T12:00:00-05:00'))).toBe(at('2026-03-04T23:00:00Z'))
    expect(nextOpen(s, at('2026-03-04T23:00:00Z'))).toBe(at('2026-03-05T01:00:00Z'))
    expect(nextClose(s, at('2026-03-05T01:00:00Z'))).toBe(at('2026-03-11T22:00:00Z'))
    expect(nextOpen(s, at('2026-03-11T22:00:00Z'))).toBe(at('2026-03-12T00:00:00Z'))
  })
})
