// The window engine: is a deploy allowed at t, and when does that next change?
//
// Searches jump from boundary to boundary, never minute by minute. While deny rules match, the
// search skips to the latest end among their current runs (nothing can open before then); while
// outside every allow rule, it skips to the earliest start among them. Deny beats allow.

import type { Rule, Scope } from './policy.js'
import { DAY, HOUR, localOf } from './zone.js'

export const HORIZON = 366 * DAY

export interface Evaluation {
  open: boolean
  /** Deny rules matching at t, in policy order. */
  denying: Rule[]
  /** The first allow rule matching at t (null when none matches or none exists). */
  allowing: Rule | null
  /** True when the policy has allow rules and none matches. */
  outsideAllow: boolean
}

export function evaluate(scope: Scope, t: number): Evaluation {
  const denying = scope.deny.filter((r) => r.matches(t))
  const allowing = scope.allow.find((r) => r.matches(t)) ?? null
  const outsideAllow = scope.allow.length > 0 && allowing === null
  return { open: denying.length === 0 && !outsideAllow, denying, allowing, outsideAllow }
}

export function isOpen(scope: Scope, t: number): boolean {
  return (
    !scope.deny.some((r) => r.matches(t)) &&
    (scope.allow.length === 0 || scope.allow.some((r) => r.matches(t)))
  )
}

/** The next instant at or after t where `rule.matches` is `want`, or `limit` if none before it. */
function runUntil(rule: Rule, t: number, want: boolean, limit: number): number {
  let x = t
  while (x < limit && rule.matches(x) !== want) x = rule.nextBoundary(x)
  return Math.min(x, limit)
}

/** The earliest instant in [t, t + horizon] at which deploys are allowed, or null. */
export function nextOpen(scope: Scope, t: number, horizon = HORIZON): number | null {
  const limit = t + horizon
  let x = t
  while (x <= limit) {
    const denying = scope.deny.filter((r) => r.matches(x))
    if (denying.length > 0) {
      x = Math.max(...denying.map((r) => runUntil(r, x, false, limit + 1)))
      continue
    }
    if (scope.allow.length > 0 && !scope.allow.some((r) => r.matches(x))) {
      x = Math.min(...scope.allow.map((r) => runUntil(r, x, true, limit + 1)))
      continue
    }
    return x
  }
  return null
}

/** The next boundary of any rule after t. */
export function nextBoundary(scope: Scope, t: number): number {
  let b = Number.POSITIVE_INFINITY
  for (const r of scope.allow) b = Math.min(b, r.nextBoundary(t))
  for (const r of scope.deny) b = Math.min(b, r.nextBoundary(t))
  return b
}

/** The earliest instant in [t, t + horizon] at which deploys are not allowed, or null. */
export function nextClose(scope: Scope, t: number, horizon = HORIZON): number | null {
  const limit = t + horizon
  let x = t
  while (x <= limit) {
    if (!isOpen(scope, x)) return x
    x = nextBoundary(scope, x)
  }
  return null
}

export type Cell = 'open' | 'closed' | 'partial' | 'none'

export interface GridRow {
  /** Local date, YYYY-MM-DD, and weekday name. */
  date: string
  weekday: string
  cells: Cell[]
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

export function weekdayName(n: number): string {
  return WEEKDAYS[n] as string
}

/** Open/closed state of each local hour for `days` days from t's local day, in the scope's zone. */
export function hourGrid(scope: Scope, t: number, days = 7): GridRow[] {
  const z = scope.zone
  const today = z.local(t).day
  const rows: GridRow[] = []
  for (let d = today; d < today + days; d++) {
    const l = localOf(d * DAY)
    const cells: Cell[] = []
    for (let h = 0; h < 24; h++) {
      const start = z.firstAtOrAfter(d * DAY + h * HOUR)
      const end = z.firstAtOrAfter(d * DAY + (h + 1) * HOUR)
      if (end <= start) {
        cells.push('none') // the hour a spring-forward skips
        continue
      }
      let sawOpen = false
      let sawClosed = false
      for (let x = start; x < end && !(sawOpen && sawClosed); x = nextBoundary(scope, x)) {
        if (isOpen(scope, x)) sawOpen = true
        else sawClosed = true
      }
      cells.push(sawOpen && sawClosed ? 'partial' : sawOpen ? 'open' : 'closed')
    }
    rows.push({
      date: `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.date).padStart(2, '0')}`,
      weekday: weekdayName(l.weekday),
      cells,
    })
  }
  return rows
}

/** A stretch of time one rule covers, or the policy leaves open, within a schedule. */
export interface Period {
  start: number
  end: number
}

export interface ScheduleRow {
  /** A deny rule's name, "Open", or the allow list when outside it closes the window. */
  name: string
  kind: 'open' | 'deny' | 'outside'
  periods: Period[]
}

/** Appends [start, end) to `periods`, merged with the last one when they touch. */
function extend(periods: Period[], start: number, end: number): void {
  const last = periods[periods.length - 1]
  if (last && last.end === start) last.end = end
  else periods.push({ start, end })
}

/**
 * What a person wants from a week ahead: when deploys are open, and each stretch of closed time
 * named by the rule that closes it. A deny rule gets its own row with every stretch it matches
 * (overlapping rules each show theirs: a lunch peak inside a freeze is both); time outside every
 * allow rule is one row; rules that never match in [from, to) have none. Walks rule boundaries,
 * never minutes.
 */
export function schedule(scope: Scope, from: number, to: number): ScheduleRow[] {
  const open: Period[] = []
  const outside: Period[] = []
  const denied = scope.deny.map(() => [] as Period[])
  for (let x = from; x < to;) {
    const next = Math.min(Math.max(nextBoundary(scope, x), x + 1), to)
    const ev = evaluate(scope, x)
    if (ev.open) extend(open, x, next)
    else if (ev.outsideAllow) extend(outside, x, next)
    scope.deny.forEach((r, i) => {
      if (r.matches(x)) extend(denied[i]!, x, next)
    })
    x = next
  }
  const rows: ScheduleRow[] = [{ name: 'Open', kind: 'open', periods: open }]
  if (outside.length > 0)
    rows.push({
      name: `Outside ${scope.allow.map((r) => r.name).join(', ')}`,
      kind: 'outside',
      periods: outside,
    })
  scope.deny.forEach((r, i) => {
    if (denied[i]!.length > 0) rows.push({ name: r.name, kind: 'deny', periods: denied[i]! })
  })
  return rows
}
