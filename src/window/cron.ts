// Five-field cron (minute hour day-of-month month day-of-week) read on the local wall clock.
// Vixie semantics: when both day fields are restricted, a day matches if either does.
// A fire is an instant whose local wall clock reads a matching minute, so a time inside a
// spring-forward gap does not fire that day and one inside a fall-back overlap fires twice.

import { DAY, MINUTE, countAtOrBefore, localOf, type Zone } from './zone.js'

export interface Cron {
  source: string
  minutes: number[]
  hours: number[]
  doms: Set<number>
  months: Set<number>
  dows: Set<number>
  domStar: boolean
  dowStar: boolean
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const DOWS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

interface FieldSpec {
  name: string
  min: number
  max: number
  names?: string[]
  namesFrom?: number
}

const FIELDS: FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, namesFrom: 1 },
  { name: 'day-of-week', min: 0, max: 7, names: DOWS, namesFrom: 0 },
]

function atom(s: string, f: FieldSpec): number {
  const lower = s.toLowerCase()
  const named = f.names?.indexOf(lower) ?? -1
  if (named >= 0) return named + (f.namesFrom ?? 0)
  if (!/^\d+$/.test(s)) throw new Error(`${f.name} field: "${s}" is not a number`)
  const n = Number(s)
  if (n < f.min || n > f.max) throw new Error(`${f.name} field: ${n} is outside ${f.min}-${f.max}`)
  return n
}

function field(src: string, f: FieldSpec): { values: number[]; star: boolean } {
  const out = new Set<number>()
  let star = false
  for (const part of src.split(',')) {
    const [range, stepText, extra] = part.split('/')
    if (extra !== undefined || range === undefined || range === '')
      throw new Error(`${f.name} field: cannot read "${part}"`)
    let step = 1
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0)
        throw new Error(`${f.name} field: step "${stepText}" must be a positive number`)
      step = Number(stepText)
    }
    let lo: number
    let hi: number
    if (range === '*') {
      lo = f.min
      hi = f.name === 'day-of-week' ? 6 : f.max
      if (stepText === undefined) star = true
    } else if (range.includes('-')) {
      const [a, b, c] = range.split('-')
      if (a === undefined || b === undefined || c !== undefined)
        throw new Error(`${f.name} field: cannot read range "${range}"`)
      lo = atom(a, f)
      hi = atom(b, f)
      if (hi < lo) throw new Error(`${f.name} field: range "${range}" runs backwards`)
    } else {
      lo = atom(range, f)
      hi = stepText === undefined ? lo : f.max
    }
    for (let v = lo; v <= hi; v += step) out.add(f.name === 'day-of-week' && v === 7 ? 0 : v)
  }
  return { values: [...out].sort((a, b) => a - b), star }
}

/** Parses a cron expression; throws an Error whose message names the bad field. */
export function parseCron(source: string): Cron {
  const parts = source.trim().split(/\s+/)
  if (parts.length !== 5)
    throw new Error(
      `expected 5 fields (minute hour day-of-month month day-of-week), got ${parts.length}`,
    )
  const [mi, h, dom, mon, dow] = parts.map((p, i) => field(p, FIELDS[i] as FieldSpec))
  return {
    source,
    minutes: mi!.values,
    hours: h!.values,
    doms: new Set(dom!.values),
    months: new Set(mon!.values),
    dows: new Set(dow!.values),
    domStar: dom!.star,
    dowStar: dow!.star,
  }
}

function dayMatches(c: Cron, day: number): boolean {
  const l = localOf(day * DAY)
  if (!c.months.has(l.month)) return false
  const domOk = c.doms.has(l.date)
  const dowOk = c.dows.has(l.weekday)
  if (c.domStar && c.dowStar) return true
  if (c.domStar) return dowOk
  if (c.dowStar) return domOk
  return domOk || dowOk
}

/** Fire instants of one cron on one local day, memoised per (cron, zone, day). */
export class CronClock {
  private readonly memo = new Map<number, number[]>()
  /** The last run of windows `runEnd` walked. */
  private run: { from: number; end: number; length: number } | null = null

  constructor(
    readonly cron: Cron,
    readonly zone: Zone,
  ) {}

  firesOn(day: number): number[] {
    let fires = this.memo.get(day)
    if (fires) return fires
    fires = []
    if (dayMatches(this.cron, day)) {
      // Most days have one offset from two days before to two after: every wall time is then
      // one instant, a subtraction. Otherwise ask the zone per fire (gaps and overlaps).
      const from = (day - 2) * DAY
      const o = this.zone.offsetAt(from)
      const steady = this.zone.nextTransition(from) > (day + 3) * DAY
      for (const h of this.cron.hours)
        for (const m of this.cron.minutes) {
          const wall = day * DAY + (h * 60 + m) * MINUTE
          if (steady) fires.push(wall - o)
          else fires.push(...this.zone.instantsOf(wall))
        }
      fires.sort((a, b) => a - b)
    }
    if (this.memo.size > 4096) this.memo.clear()
    this.memo.set(day, fires)
    return fires
  }

  /** The latest fire at or before t, looking back at most `within` ms. */
  latestAtOrBefore(t: number, within: number): number | null {
    const today = this.zone.local(t).day
    const oldest = Math.floor((t - within) / DAY) - 2
    // Binary searches: "* * * * *" fires 1,440 times a day, and a year's search asks per fire.
    for (let d = today + 1; d >= oldest; d--) {
      const fires = this.firesOn(d)
      const n = countAtOrBefore(fires, t)
      if (n > 0) {
        const f = fires[n - 1] as number
        return f >= t - within ? f : null
      }
    }
    return null
  }

  /**
   * Where the run of windows [fire, fire + length) covering t ends, looking at most `within` ms
   * ahead; null when no window covers t. A fire that starts before the run ends extends it, so
   * "* * * * *" for 1m is one run, not a boundary every minute. Walking the fires in order may
   * stop early across a fall-back overlap at midnight, which only ends a run too soon: safe.
   */
  runEnd(t: number, length: number, within: number): number | null {
    // Every instant of a run found before has the same end: the hour grid asks 168 times.
    const r = this.run
    if (r && r.length === length && t >= r.from && t < r.end) return r.end
    const first = this.latestAtOrBefore(t, length)
    if (first === null || t >= first + length) return null
    const end = this.walk(first, t, length, within)
    this.run = { from: first, end, length }
    return end
  }

  private walk(first: number, t: number, length: number, within: number): number {
    let end = first + length
    const limit = t + within
    const today = this.zone.local(first).day
    const last = this.zone.local(t).day + Math.ceil(within / DAY) + 1
    for (let d = today; d <= last && end <= limit; d++) {
      for (const f of this.firesOn(d)) {
        if (f <= first) continue
        if (f > end) return end
        if (f + length > end) end = f + length
      }
    }
    return end
  }

  /** The first fire strictly after t, looking ahead at most `within` ms. */
  nextAfter(t: number, within: number): number {
    const today = this.zone.local(t).day
    const last = today + Math.ceil(within / DAY) + 1
    for (let d = today - 1; d <= last; d++) {
      const fires = this.firesOn(d)
      const n = countAtOrBefore(fires, t)
      if (n < fires.length) return fires[n] as number
    }
    return Number.POSITIVE_INFINITY
  }
}
