// From policy text to rules the engine can ask two questions of: "do you match at t?" and
// "when might your answer change next?". Every check that can fail runs here, before any
// decision, so a bad policy is an input error and never a half-applied window.

import { InputError, fromZod, joinPath, type Problem } from '../config/errors.js'
import { parseYamlInput } from '../config/yaml.js'
import { CronClock } from './cron.js'
import {
  checkHolidayCode,
  holidayCalendar,
  parseHolidayCode,
  type HolidayCalendar,
} from './holidays.js'
import { policySchema, type PolicyConfig, type RuleConfig, type TimeSpec } from './policy-schema.js'
import { DAY, MINUTE, dayOf, zone, type Local, type Zone } from './zone.js'

export interface Rule {
  name: string
  /** Where it sits in the policy, e.g. `deny[2]`, for messages. */
  path: string
  zone: Zone
  matches(t: number): boolean
  /** An instant after t at or before the next change of `matches`. */
  nextBoundary(t: number): number
  /** The holiday that made a holiday rule match on t's local day, if any. */
  holidayAt?(t: number): string | undefined
}

export interface Scope {
  environment: string
  timezone: string
  zone: Zone
  allow: Rule[]
  deny: Rule[]
}

const CRON_LOOKAHEAD = 367 * DAY

function instantOf(spec: TimeSpec, z: Zone, endOfDay: boolean): number {
  switch (spec.kind) {
    case 'instant':
      return spec.ms
    case 'date':
      return z.firstAtOrAfter((dayOf(spec.year, spec.month, spec.date) + (endOfDay ? 1 : 0)) * DAY)
    case 'local':
      return z.firstAtOrAfter(dayOf(spec.year, spec.month, spec.date) * DAY + spec.minute * MINUTE)
  }
}

function compileRule(r: RuleConfig, path: string, zoneName: string, cal?: HolidayCalendar): Rule {
  const z = zone(r.timezone ?? zoneName)
  const mask = r.days ? new Set(r.days) : null
  const shift = r.offset ?? 0
  const hasDay = mask !== null || cal !== undefined
  const hours = r.hours
  const dayOk = (day: number): boolean =>
    (mask === null || mask.has((((day + 4) % 7) + 7) % 7)) &&
    (cal === undefined || cal.on(day - shift) !== undefined)
  const wallOk = (l: Local): boolean => {
    if (!hours) return dayOk(l.day)
    if (hours.start < hours.end)
      return l.minute >= hours.start && l.minute < hours.end && dayOk(l.day)
    // Overnight: the part after midnight belongs to the day the range started on.
    return (l.minute >= hours.start && dayOk(l.day)) || (l.minute < hours.end && dayOk(l.day - 1))
  }
  const hasWall = hasDay || hours !== undefined
  const wallMinutes = [
    ...new Set([...(hasDay ? [0] : []), ...(hours ? [hours.start, hours.end % 1440] : [])]),
  ].sort((a, b) => a - b)

  const from = r.from ? instantOf(r.from, z, false) : Number.NEGATIVE_INFINITY
  const to = r.to ? instantOf(r.to, z, r.to.kind === 'date') : Number.POSITIVE_INFINITY
  const clock = r.cron ? new CronClock(r.cron, z) : null
  const length = r.duration ?? 0

  return {
    name: r.name ?? path,
    path,
    zone: z,
    matches(t) {
      if (t < from || t >= to) return false
      if (hasWall && !wallOk(z.local(t))) return false
      if (clock) {
        const fire = clock.latestAtOrBefore(t, length)
        if (fire === null || t >= fire + length) return false
      }
      return true
    },
    nextBoundary(t) {
      let b = Number.POSITIVE_INFINITY
      if (wallMinutes.length > 0) b = z.nextWallBoundary(t, wallMinutes)
      if (from > t) b = Math.min(b, from)
      if (to > t) b = Math.min(b, to)
      if (clock) {
        // Inside a window the cron part next changes where its run of windows ends; outside,
        // at the next fire.
        const end = clock.runEnd(t, length, CRON_LOOKAHEAD)
        b = Math.min(b, end ?? clock.nextAfter(t, CRON_LOOKAHEAD))
      }
      return b
    },
    holidayAt: cal ? (t) => cal.on(z.local(t).day - shift) : undefined,
  }
}

interface ScopeRules {
  path: PropertyKey[]
  timezone: string
  allow: RuleConfig[]
  deny: RuleConfig[]
}

/** The rule lists as written (top level and each environment), for checks that span them all. */
function writtenScopes(p: PolicyConfig): ScopeRules[] {
  const out: ScopeRules[] = [
    { path: [], timezone: p.timezone, allow: p.allow ?? [], deny: p.deny ?? [] },
  ]
  for (const [name, env] of Object.entries(p.environments ?? {}))
    out.push({
      path: ['environments', name],
      timezone: env.timezone ?? p.timezone,
      allow: env.allow ?? [],
      deny: env.deny ?? [],
    })
  return out
}

/**
 * Top-level lists an environment with its own `timezone` inherits (does not replace): their rules
 * are read in the environment's zone (see `scope` below), so the checks that depend on the zone
 * run there too. Rules that name their own zone read the same everywhere and are left out.
 */
function inheritedScopes(p: PolicyConfig): (ScopeRules & { environment: string })[] {
  const out: (ScopeRules & { environment: string })[] = []
  for (const [name, env] of Object.entries(p.environments ?? {})) {
    if (env.timezone === undefined || env.timezone === p.timezone) continue
    const reread = (own: RuleConfig[] | undefined, top: RuleConfig[] | undefined) =>
      own === undefined ? (top ?? []).filter((r) => r.timezone === undefined) : []
    out.push({
      environment: name,
      path: [],
      timezone: env.timezone,
      allow: reread(env.allow, p.allow),
      deny: reread(env.deny, p.deny),
    })
  }
  return out
}

/** Checks of one rule that depend on the zone it is read in; messages without the path. */
function zoneProblems(r: RuleConfig, zoneName: string): { field: string; message: string }[] {
  const z = zone(r.timezone ?? zoneName)
  if (r.from && r.to && instantOf(r.to, z, r.to.kind === 'date') <= instantOf(r.from, z, false))
    return [{ field: 'to', message: 'must be after "from"' }]
  return []
}

async function semanticProblems(p: PolicyConfig, root: string): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const s of writtenScopes(p)) {
    for (const kind of ['allow', 'deny'] as const) {
      for (const [i, r] of s[kind].entries()) {
        const at = (field: string) => joinPath(root, [...s.path, kind, i, field])
        if (r.holidays) {
          const err = await checkHolidayCode(r.holidays)
          if (err) problems.push({ path: at('holidays'), message: err })
        }
        for (const { field, message } of zoneProblems(r, s.timezone))
          problems.push({ path: at(field), message })
      }
    }
  }
  // A rule valid at the top level can be empty in an inheriting environment's zone: a freeze
  // from an instant to a local time that comes earlier in Tokyo, or one inside a DST gap there.
  // Such a rule would silently never match in that environment, so it is an input error at the
  // rule's field, naming the environment.
  for (const s of inheritedScopes(p)) {
    for (const kind of ['allow', 'deny'] as const) {
      for (const r of s[kind]) {
        const i = (p[kind] ?? []).indexOf(r)
        for (const { field, message } of zoneProblems(r, s.timezone))
          problems.push({
            path: joinPath(root, [kind, i, field]),
            message:
              `${message} when read in ${s.timezone}, the timezone of ` +
              `${joinPath('', ['environments', s.environment])}, which inherits this rule ` +
              `(give the rule its own timezone, or the environment its own ${kind} list)`,
          })
      }
    }
  }
  return problems
}

export interface LoadedPolicy {
  config: PolicyConfig
  /** The resolved rules for one environment (its overrides, else the top level). */
  scope(environment: string): Promise<Scope>
}

/** Parses, validates and prepares a policy. Throws InputError naming `root` and the field path. */
export async function loadPolicy(text: string, root = 'policy'): Promise<LoadedPolicy> {
  const raw = parseYamlInput(text, root)
  const parsed = policySchema.safeParse(raw, { reportInput: true })
  if (!parsed.success) throw fromZod(root, parsed.error)
  const config = parsed.data
  const problems = await semanticProblems(config, root)
  if (problems.length > 0) throw new InputError(problems)
  return {
    config,
    async scope(environment) {
      const env = config.environments?.[environment]
      const timezone = env?.timezone ?? config.timezone
      const build = async (rules: RuleConfig[], where: string) =>
        Promise.all(
          rules.map(async (r, i) => {
            const cal = r.holidays
              ? await holidayCalendar({
                  ...parseHolidayCode(r.holidays),
                  types: r.types ?? ['public'],
                })
              : undefined
            return compileRule(r, `${where}[${i}]`, timezone, cal)
          }),
        )
      // An environment replaces the lists it names and inherits the others from the top level.
      const where = (kind: 'allow' | 'deny') =>
        joinPath('', env?.[kind] ? ['environments', environment, kind] : [kind])
      return {
        environment,
        timezone,
        zone: zone(timezone),
        allow: await build(env?.allow ?? config.allow ?? [], where('allow')),
        deny: await build(env?.deny ?? config.deny ?? [], where('deny')),
      }
    },
  }
}
