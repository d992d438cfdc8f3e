// The policy YAML as zod schemas: the single source of the policy types and of their errors.
// Field-level formats are parsed here (hours to minutes, days to weekdays, cron to fields), so
// a value that passes the schema is ready for the engine.

import { z } from 'zod'
import { durationField, fromText } from '../config/fields.js'
import { parseCron } from './cron.js'
import { HOLIDAY_TYPES } from './holidays.js'
import { canonicalTimeZone } from './zone.js'

const DAY_NAMES: Record<string, number> = {
  sun: 0,
  sunday: 0,
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
}
const ALIASES: Record<string, number[]> = {
  weekdays: [1, 2, 3, 4, 5],
  weekends: [6, 0],
  weekend: [6, 0],
}

/** Weekday numbers (0 = Sunday) from "mon-thu", "mon,wed,fri", "fri-mon" or a list; or an error. */
export function parseDays(input: string | string[]): number[] | string {
  const items = (Array.isArray(input) ? input : input.split(','))
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '')
  if (items.length === 0) return 'expected days such as "mon-thu" or "mon,wed,fri", got nothing'
  const out = new Set<number>()
  for (const item of items) {
    if (ALIASES[item]) {
      ALIASES[item].forEach((d) => out.add(d))
      continue
    }
    const [a, b, extra] = item.split('-').map((s) => s.trim())
    const from = DAY_NAMES[a ?? '']
    const to = b === undefined ? from : DAY_NAMES[b]
    if (extra !== undefined || from === undefined || to === undefined)
      return `unknown day "${item}": use mon, tue, wed, thu, fri, sat, sun, ranges such as "mon-thu", or lists such as "mon,wed"`
    for (let d = from; ; d = (d + 1) % 7) {
      out.add(d)
      if (d === to) break
    }
  }
  return [...out].sort((x, y) => x - y)
}

export interface HoursRange {
  start: number
  end: number
}

/** Minutes of the day [start, end); end < start runs past midnight; "24:00" ends at midnight. */
export function parseHours(text: string): HoursRange | string {
  const m = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(text)
  if (!m) return `expected "HH:MM-HH:MM", got "${text}"`
  const [sh, sm, eh, em] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number]
  if (sh > 23 || sm > 59) return `start "${m[1]}:${m[2]}" is not a time of day (00:00-23:59)`
  if (eh > 24 || em > 59 || (eh === 24 && em !== 0))
    return `end "${m[3]}:${m[4]}" is not a time of day (00:00-24:00)`
  const start = sh * 60 + sm
  // 24:00 stays 1440, so "00:00-24:00" is the whole day and not an empty range.
  const end = eh * 60 + em
  if (start === end % 1440 && end !== 1440)
    return `start and end are both ${m[1]}:${m[2]}: the range is empty`
  return { start, end }
}

/** "-1d", "+2d", "0d": whole days to shift each holiday by. */
export function parseOffset(text: string): number | string {
  const m = /^\s*([+-]?)(\d{1,3})d\s*$/.exec(text)
  if (!m) return `expected whole days such as "-1d" or "+1d", got "${text}"`
  const n = Number(m[2]) * (m[1] === '-' ? -1 : 1)
  if (Math.abs(n) > 31) return `must be within 31 days, got "${text}"`
  return n
}

export type TimeSpec =
  | { kind: 'date'; year: number; month: number; date: number }
  | { kind: 'local'; year: number; month: number; date: number; minute: number }
  | { kind: 'instant'; ms: number }

/** A date ("2026-12-19"), a local date-time ("2026-12-19T18:00") or an instant with an offset. */
export function parseTimeSpec(text: string): TimeSpec | string {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text.trim(),
    )
  if (!m)
    return `expected a date "YYYY-MM-DD" or a date-time "YYYY-MM-DDTHH:MM[:SS][offset]", got "${text}"`
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])]
  // Date.UTC reads years 0-99 as 19xx; "from: 1000-01-01" (since ever) still works.
  if (year < 1000) return `"${text}": the year must be 1000 or later`
  const probe = new Date(Date.UTC(year, month - 1, date))
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== date)
    return `"${text}" is not a calendar date`
  if (m[4] === undefined) return { kind: 'date', year, month, date }
  const [h, mi] = [Number(m[4]), Number(m[5])]
  if (h > 23 || mi > 59 || Number(m[6] ?? 0) > 59) return `"${text}" is not a time of day`
  if (m[7] !== undefined) {
    const ms = Date.parse(text.trim().replace(' ', 'T'))
    if (Number.isNaN(ms)) return `"${text}" is not a valid date-time`
    return { kind: 'instant', ms }
  }
  return { kind: 'local', year, month, date, minute: h * 60 + mi }
}

/**
 * A zone name, replaced by its canonical IANA name (zone.ts, canonicalTimeZone): other spellings
 * of the same zone (case, links such as `Europe/Kiev` or `US/Pacific`) are accepted and read as
 * that zone, here and so everywhere a policy names a zone (top level, environments, rules).
 */
const timeZone = z.string().transform((s, ctx) => {
  const name = canonicalTimeZone(s.trim())
  if (name === null) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown time zone "${s}": use an IANA name such as "Europe/Berlin" or "UTC"`,
    })
    return z.NEVER
  }
  return name
})

const days = z
  .union([z.string(), z.array(z.string())], {
    error: 'expected days such as "mon-thu", "mon,wed,fri" or a list [mon, wed]',
  })
  .transform((v, ctx) => {
    const r = parseDays(v)
    if (typeof r === 'string') {
      ctx.addIssue({ code: 'custom', message: r })
      return z.NEVER
    }
    return r
  })

const cron = z.string().transform((s, ctx) => {
  try {
    return parseCron(s)
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `bad cron "${s}": ${(e as Error).message}` })
    return z.NEVER
  }
})

const duration = durationField.refine((ms) => ms > 0, 'must be longer than 0')

export const ruleSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'must not be empty').optional(),
    timezone: timeZone.optional(),
    days: days.optional(),
    hours: fromText(parseHours).optional(),
    holidays: z
      .string()
      .trim()
      .min(2, 'expected country[-state[-region]] such as "US" or "DE-BY"')
      .optional(),
    types: z
      .array(z.enum(HOLIDAY_TYPES, { error: `expected one of ${HOLIDAY_TYPES.join(', ')}` }))
      .min(1, 'must name at least one holiday type')
      .optional(),
    offset: fromText(parseOffset).optional(),
    from: fromText(parseTimeSpec).optional(),
    to: fromText(parseTimeSpec).optional(),
    cron: cron.optional(),
    duration: duration.optional(),
  })
  .superRefine((r, ctx) => {
    const need = (key: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [key], message })
    if (r.types && !r.holidays) need('types', 'only applies with "holidays"')
    if (r.offset !== undefined && !r.holidays) need('offset', 'only applies with "holidays"')
    if (r.cron && r.duration === undefined)
      need('duration', 'required with "cron" (how long each window lasts, e.g. "2h")')
    if (r.duration !== undefined && !r.cron)
      need('cron', 'required with "duration" (when each window starts)')
    if (!r.days && !r.hours && !r.holidays && !r.from && !r.to && !r.cron)
      ctx.addIssue({
        code: 'custom',
        message: 'a rule needs at least one of days, hours, holidays, from/to or cron',
      })
  })

const rules = z.array(ruleSchema)

const scopeShape = {
  timezone: timeZone,
  allow: rules.optional(),
  deny: rules.optional(),
}

export const policySchema = z.strictObject({
  ...scopeShape,
  environments: z
    .record(
      z.string(),
      z.strictObject(
        { ...scopeShape, timezone: timeZone.optional() },
        { error: 'expected a mapping' },
      ),
    )
    .optional(),
})

export type RuleConfig = z.infer<typeof ruleSchema>
export type PolicyConfig = z.infer<typeof policySchema>
