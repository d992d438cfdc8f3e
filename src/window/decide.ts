// The window decision as data: what the engine said, what an override or an open incident
// changed, and the sentence a person reads. No I/O: the command around it fetches and writes.

import { iso } from '../report/time.js'
import { formatDuration } from '../config/duration.js'
import {
  evaluate,
  hourGrid,
  nextClose,
  nextOpen,
  schedule,
  weekdayName,
  type GridRow,
  type ScheduleRow,
} from './engine.js'
import type { Scope } from './policy.js'
import { DAY, type Zone, zone as zoneOf } from './zone.js'

export interface Override {
  reason: string
  actor: string
}

export interface IncidentLock {
  number: number
  url: string
  title: string
}

export interface WindowRequest {
  /** Null when no policy is configured: only the incident lock can close the window. */
  scope: Scope | null
  environment: string
  at: number
  /** An open incident issue for the environment, already filtered by `lock-on-incident`. */
  lock: IncidentLock | null
  override: Override | null
  grid?: boolean
}

export interface WindowDecision {
  command: 'window'
  environment: string
  at: string
  timezone: string
  /** May the deploy start? True when open, or closed and overridden. */
  allowed: boolean
  /** What policy and lock say, before any override. */
  open: boolean
  overridden: boolean
  override: (Override & { bypassed: string }) | null
  /** The rule that closed the window (first matching deny, the allow list, or the incident). */
  rule: string | null
  reason: string
  nextWindow: string | null
  /** When an open window next closes (null: not within a year, or closed now). */
  closesAt: string | null
  denying: { name: string; path: string; holiday?: string }[]
  lock: IncidentLock | null
  grid: GridRow[]
  /** The next 7 local days (from the start of today in the policy's zone), rule by rule. */
  week: Week | null
}

export interface Week {
  from: string
  to: string
  rows: { name: string; kind: ScheduleRow['kind']; periods: { start: string; end: string }[] }[]
}

/** The 7 local days from the start of t's local day, as the schedule a summary draws. */
function weekOf(scope: Scope, t: number): Week {
  const z = scope.zone
  const today = z.local(t).day
  const from = z.firstAtOrAfter(today * DAY)
  const to = z.firstAtOrAfter((today + 7) * DAY)
  return {
    from: iso(from),
    to: iso(to),
    rows: schedule(scope, from, to).map((r) => ({
      name: r.name,
      kind: r.kind,
      periods: r.periods.map((p) => ({ start: iso(p.start), end: iso(p.end) })),
    })),
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "Fri 14:05 Europe/Berlin" */
export function shortTime(ms: number, z: Zone): string {
  const l = z.local(ms)
  return `${weekdayName(l.weekday)} ${pad(l.hour)}:${pad(l.minuteOfHour)} ${z.name}`
}

/** "Mon 2026-11-23 09:00 Europe/Berlin" */
export function longTime(ms: number, z: Zone): string {
  return `${weekdayName(z.local(ms).weekday)} ${wallTime(ms, z)} ${z.name}`
}

/** "2026-11-23 09:00": the wall clock in the zone (also the window chart's dateFormat). */
export function wallTime(ms: number, z: Zone): string {
  const l = z.local(ms)
  return `${l.year}-${pad(l.month)}-${pad(l.date)} ${pad(l.hour)}:${pad(l.minuteOfHour)}`
}

const quote = (s: string) => `"${s}"`

export function decideWindow(req: WindowRequest): WindowDecision {
  const { scope, environment, at } = req
  const z = scope?.zone ?? zoneOf('UTC')
  const where = `Deploys to ${environment}`
  const now = shortTime(at, z)
  const ev = scope ? evaluate(scope, at) : null
  const policyOpen = ev?.open ?? true
  const denying = (ev?.denying ?? []).map((r) => {
    const holiday = r.holidayAt?.(at)
    return { name: r.name, path: r.path, ...(holiday ? { holiday } : {}) }
  })

  let rule: string | null = null
  let why = ''
  if (ev && ev.denying.length > 0) {
    const first = denying[0]!
    rule = first.name
    const others = denying.slice(1).map((d) => quote(d.name))
    why = `${quote(first.name)} (${first.holiday ? `${first.holiday}, ` : ''}${now})${others.length ? `; also ${others.join(', ')}` : ''}`
  } else if (ev?.outsideAllow) {
    rule = scope!.allow.map((r) => r.name).join(', ')
    why = `outside the allowed windows ${scope!.allow.map((r) => quote(r.name)).join(', ')} (${now})`
  } else if (req.lock) {
    rule = `incident #${req.lock.number}`
    why = `incident #${req.lock.number} is open ("${req.lock.title}"): deploys stay locked until it is closed`
  }
  const open = policyOpen && !req.lock
  const next = policyOpen ? null : scope ? nextOpen(scope, at) : null
  const closes = open && scope ? nextClose(scope, at) : null

  let reason: string
  if (open) {
    const inside = ev?.allowing
      ? `inside ${quote(ev.allowing.name)}`
      : scope
        ? 'no deny rule matches'
        : 'no deploy-window policy is configured'
    const until = scope
      ? closes === null
        ? '; no rule closes it within a year'
        : `; it closes ${longTime(closes, z)} (in ${formatDuration(closes - at)})`
      : ''
    reason = `${where} are open: ${inside}${scope ? ` (${now})` : ''}${until}.`
  } else {
    let tail = ''
    if (!policyOpen)
      tail =
        next === null
          ? ' There is no open window within a year.'
          : ` Next window opens ${longTime(next, z)} (in ${formatDuration(next - at)}).`
    if (!policyOpen && req.lock)
      tail += ` Incident #${req.lock.number} is also open and locks deploys until it is closed.`
    reason = `${where} are closed: ${why}.${tail}`
  }

  const override = !open && req.override && req.override.reason.trim() !== '' ? req.override : null
  if (override) reason += ` Overridden by @${override.actor}: ${quote(override.reason.trim())}.`

  return {
    command: 'window',
    environment,
    at: iso(at),
    timezone: z.name,
    allowed: open || override !== null,
    open,
    overridden: override !== null,
    override: override
      ? { reason: override.reason.trim(), actor: override.actor, bypassed: rule ?? '' }
      : null,
    rule: open ? null : rule,
    reason,
    nextWindow: next === null ? null : iso(next),
    closesAt: closes === null ? null : iso(closes),
    denying,
    lock: req.lock,
    grid: scope && req.grid !== false ? hourGrid(scope, at) : [],
    week: scope && req.grid !== false ? weekOf(scope, at) : null,
  }
}
