// Parts of the incident issue that do not depend on the size budget: what failed, the mermaid
// chart, the status-page messages and the postmortem skeleton; and the text helpers that
// neutralise untrusted input for them and for render.ts.

import { formatDuration } from '../config/duration.js'
import { short } from '../github/context.js'
import { clip, code, fence, md, mermaidText, table, visible } from '../report/markdown.js'
import type { VerifyReport } from '../verify/report.js'
import { count, plural } from '../report/text.js'
import { iso } from '../report/time.js'
import type { ErrorClass } from '../verify/probe-errors.js'
import type { IncidentInput } from './types.js'

/** Untrusted text for a paragraph or table cell, clipped first so one field cannot eat the issue. */
export const untrusted = (s: string, max = 200) => md(clip(visible(s), max))
/** Untrusted text as a code span. */
export const untrustedCode = (s: string, max = 200) => code(clip(visible(s), max))
/** A commit's short SHA as a code span (the SHA may come from anywhere: it is neutralised). */
export const shaCode = (sha: string) => code(short(visible(sha)))
export { count, plural }

/**
 * Whether no probe round measured the release: a rollback on demand, a deploy command that
 * failed, a rerun finishing an earlier attempt's story. Its "verification" is the moment it was
 * declared bad, so no sentence may speak of checking, detection time or an outage's start.
 */
export const unprobed = (v: VerifyReport) => v.rounds.length === 0

/** "2026-03-01 10:02:15 UTC", or the neutralised text when it is not a time. */
export function when(s: string): string {
  const ms = Date.parse(s)
  return Number.isNaN(ms) ? untrusted(s, 40) : `${iso(ms).slice(0, 19).replace('T', ' ')} UTC`
}

/** The instant, or NaN beyond what a Date holds (a time near the end of its range, plus 30 min). */
const inRange = (ms: number) => (Math.abs(ms) <= 8.64e15 ? ms : NaN)

/** "10:02 UTC", for messages people read aloud; plain text, for inside code blocks. */
function hm(at: string | number | null): string {
  const ms = inRange(typeof at === 'number' ? at : at ? Date.parse(at) : NaN)
  return Number.isNaN(ms) ? '[HH:MM UTC]' : `${iso(ms).slice(11, 16)} UTC`
}

const sinceMs = (a: string | null, b: string | null) => {
  const d = Date.parse(b ?? '') - Date.parse(a ?? '')
  return Number.isNaN(d) || d < 0 ? null : formatDuration(d)
}

type Result = VerifyReport['rounds'][number]['results'][number]

export interface Failure {
  name: string
  critical: boolean
  /** "GET https://…", redacted by the report. */
  request: string
  /** The last failure, from the rounds that decided the verdict when it failed in them. */
  last: Result | undefined
  failed: number
  seen: number
}

export function failures(v: VerifyReport): Failure[] {
  const failedAny = new Set(
    v.rounds.flatMap((r) => r.results.filter((x) => !x.ok).map((x) => x.probe)),
  )
  const names = v.verdict.failing.length ? v.verdict.failing : [...failedAny]
  const deciding = new Set(v.verdict.deciding)
  return names.map((name) => {
    const probe = v.probes.find((x) => x.name === name)
    const results = v.rounds.flatMap((r) =>
      r.results.filter((x) => x.probe === name).map((x) => ({ round: r.number, x })),
    )
    const failed = results.filter(({ x }) => !x.ok)
    const last = [...failed].reverse().find(({ round }) => deciding.has(round)) ?? failed.at(-1)
    return {
      name,
      critical: probe?.critical ?? false,
      request: probe ? `${probe.method} ${probe.url}` : '',
      last: last?.x,
      failed: failed.length,
      seen: results.length,
    }
  })
}

/** Error classes in words a non-engineer follows; typed so a new class cannot be forgotten. */
export const PLAIN_ERROR: Record<string, string> & Record<ErrorClass, string> = {
  dns: 'its address could not be found (DNS)',
  'connect-refused': 'it refused connections',
  'connect-timeout': 'it did not accept connections in time',
  tls: 'the secure connection (TLS) failed',
  timeout: 'it did not answer in time',
  reset: 'it dropped the connection',
  'http-status': 'it answered with an error status',
  assertion: 'it answered, but not with the expected content',
  'body-too-large': 'it answered with an unexpectedly large response',
  'content-encoding': 'its response could not be decoded',
  'too-many-redirects': 'it redirected in a loop, or too many times',
  'prometheus-error': 'the metrics server rejected the query',
  'prometheus-http': 'the metrics server answered with an error status',
  'prometheus-answer': 'the metrics server gave an answer that could not be read',
  'metric-series': 'the metric query gave several series instead of one',
  'metric-not-finite': 'the metric was not a number (NaN or infinite)',
  'no-data': 'the metric had no data',
  'metric-threshold': 'the metric crossed its limit',
}

const STRATEGY: Record<IncidentInput['rollback']['strategy'], string> = {
  none: '',
  command: ' by running the rollback command',
  deployment: ' through a GitHub deployment',
  workflow: ' by running the rollback workflow',
}

export function summary(
  i: IncidentInput,
  fails: Failure[],
  since: string,
  recoveredAt: string | null,
): string {
  const r = i.rollback
  const total = i.verification.probes.length
  const named = fails
    .slice(0, 4)
    .map((f) => `${untrusted(f.name, 60)}: ${PLAIN_ERROR[f.last?.error ?? ''] ?? 'it failed'}`)
  const more = fails.length > 4 ? `; and ${count(fails.length - 4)} more` : ''
  const prev = i.previousSha
    ? `the previous release ${shaCode(i.previousSha)}`
    : 'the previous release'
  const state =
    r.state === 'recovered'
      ? `${prev[0]!.toUpperCase()}${prev.slice(1)} was put back${STRATEGY[r.strategy]} and passed the same health checks at ${recoveredAt ? when(recoveredAt) : 'the end of the rollback'}. **Current state: working again, on the previous release.** The failed release is no longer serving; its changes need a fix before they go out again.`
      : r.state === 'rollback-failed'
        ? `Putting back ${prev}${STRATEGY[r.strategy]} did not bring the service back: ${untrusted(r.detail, 500)} **Current state: still broken. A person needs to act now.**`
        : `Nothing was rolled back: ${untrusted(r.detail, 500)} **Current state: the failed release ${shaCode(i.failedSha)} is probably still serving. A person needs to decide what to do.**`
  // A fallback release was never verified by deploy-guard: the responder must know to check it.
  const rule =
    i.previousSha && i.previousRule === 'fallback'
      ? `⚠️ ${shaCode(i.previousSha)} was chosen as the newest earlier successful deployment: no earlier release was verified by deploy-guard, so check that ${shaCode(i.previousSha)} is good.`
      : ''
  // Unprobed, nobody measured the service: when it broke, and how badly, is not known.
  const opening = unprobed(i.verification)
    ? `On **${untrusted(i.environment, 100)}**, release ${shaCode(i.failedSha)} was declared bad without a probe at ${when(since)}: ${untrusted(i.verification.verdict.reason, 300)}.`
    : `**${untrusted(i.environment, 100)}** has been ${i.severity === 'P1' ? 'down or badly degraded' : 'partly degraded'} since ${when(since)}: after release ${shaCode(i.failedSha)} was deployed, ${count(fails.length)} of ${plural(total, 'health check')} failed${named.length ? ` (${named.join('; ')}${more})` : ''}.`
  return [opening, state, ...(rule ? [rule] : [])].join(' ')
}

export function severity(i: IncidentInput, fails: Failure[]): string {
  const crit = fails.filter((f) => f.critical).map((f) => untrustedCode(f.name, 60))
  const why: string[] = []
  if (crit.length) why.push(`critical probe${crit.length > 1 ? 's' : ''} ${crit.join(', ')} failed`)
  if (fails.length > 0 && fails.length >= i.verification.probes.length)
    why.push('every probe failed')
  if (i.rollback.state === 'rollback-failed') why.push('the rollback did not recover the service')
  if (why.length === 0 && i.verification.probes.length === 0)
    why.push(`no probe measured it: ${untrusted(i.verification.verdict.reason, 300)}`)
  if (why.length === 0)
    why.push(
      i.severity === 'P1'
        ? 'escalated by the failure path'
        : `${count(fails.length)} of ${count(i.verification.probes.length)} probes failed, none of them critical: degraded, not down`,
    )
  return `**${i.severity}**: ${why.join('; ')}. Verdict: ${untrusted(i.verification.verdict.outcome, 20)}, ${untrusted(i.verification.verdict.reason, 600)}`
}

/** The most periods and events per period a timeline draws before it collapses the rest. */
export const TIMELINE_PERIODS = 12
export const TIMELINE_EVENTS = 3

/**
 * A mermaid `timeline`. Every label goes through `mermaidText`, which keeps no character mermaid
 * parses or a fence could end on, so nothing can leave the block or inject a directive. Bursts
 * collapse so 200 events stay readable: events of one period beyond TIMELINE_EVENTS become "and
 * N more", and beyond TIMELINE_PERIODS periods the middle ones become one "N more events" period
 * (the first and last periods, where an incident starts and ends, stay). The table above it keeps
 * every event.
 */
export function mermaidTimeline(events: { period: string; what: string }[]): string {
  const periods: { period: string; what: string[] }[] = []
  for (const e of events) {
    const period = mermaidText(e.period, 20)
    const last = periods[periods.length - 1]
    if (last && last.period === period) last.what.push(mermaidText(e.what))
    else periods.push({ period, what: [mermaidText(e.what)] })
  }
  let shown = periods
  if (periods.length > TIMELINE_PERIODS) {
    const head = Math.ceil((TIMELINE_PERIODS - 1) / 2)
    const tail = TIMELINE_PERIODS - 1 - head
    const middle = periods.slice(head, periods.length - tail)
    const n = middle.reduce((sum, p) => sum + p.what.length, 0)
    shown = [
      ...periods.slice(0, head),
      {
        period: mermaidText(`${middle[0]!.period} to ${middle[middle.length - 1]!.period}`, 40),
        what: [`${count(n)} more events, listed in the table`],
      },
      ...periods.slice(periods.length - tail),
    ]
  }
  const lines = [
    '```mermaid',
    'timeline',
    '    title Incident timeline, time since the first event',
  ]
  for (const p of shown) {
    const what =
      p.what.length > TIMELINE_EVENTS
        ? [
            ...p.what.slice(0, TIMELINE_EVENTS - 1),
            `and ${count(p.what.length - TIMELINE_EVENTS + 1)} more`,
          ]
        : p.what
    lines.push(`    ${p.period} : ${what.join(' : ')}`)
  }
  lines.push('```')
  return lines.join('\n')
}

export function statusMessages(
  i: IncidentInput,
  since: string,
  recoveredAt: string | null,
): string {
  // Inside code blocks nothing renders or pings; only the line breaks need flattening.
  const env = clip(visible(i.environment).replace(/\s+/g, ' ').trim(), 100)
  const next = hm(Date.parse(i.now) + 30 * 60_000)
  // Unprobed, neither the deploy nor the start of the trouble is known: brackets to fill in.
  const blind = unprobed(i.verification)
  const deployed = hm(blind ? null : i.verification.startedAt)
  const start = hm(blind ? null : since)
  const what = i.severity === 'P1' ? 'an outage' : 'degraded service'
  const recovered = i.rollback.state === 'recovered'
  const messages: [string, string][] = [
    [
      'Investigating',
      `We are investigating ${what} affecting ${env} since ${start}. Some requests may fail. We will post an update by ${next}.`,
    ],
    [
      'Identified',
      i.vantages?.scope === 'regional'
        ? `We have identified a problem reaching ${env} from some regions or networks; the change deployed at ${deployed} is not the cause. We are working on it. Next update by ${next}.`
        : recovered
          ? `The problem was caused by a change deployed at ${deployed}. We reverted it, and the service has been working normally since ${hm(recoveredAt)}. We are monitoring. Next update by ${next}.`
          : `We have identified a change deployed at ${deployed} as the likely cause and are working on a fix. Next update by ${next}.`,
    ],
    [
      'Resolved',
      `This incident has been resolved. Between ${start} and ${hm(recoveredAt)}, ${env} ${i.severity === 'P1' ? 'was unavailable or failing' : 'was degraded'}. The service is working normally again.`,
    ],
  ]
  return [
    'Ready to paste; times are UTC. Fill in anything in brackets before posting.',
    ...messages.map(([state, text]) => `**${state}**\n\n${fence(text)}`),
  ].join('\n\n')
}

const day = (now: string, days: number) => {
  const ms = inRange(Date.parse(now) + days * 86_400_000)
  return Number.isNaN(ms) ? 'YYYY-MM-DD' : iso(ms).slice(0, 10)
}

export function postmortem(
  i: IncidentInput,
  since: string,
  recoveredAt: string | null,
  fails: Failure[],
  risky: number,
): string {
  const v = i.verification
  const env = `**${untrusted(i.environment, 100)}**`
  const outcome =
    i.rollback.state === 'recovered'
      ? `was rolled back${i.previousSha ? ` to ${shaCode(i.previousSha)}` : ''}, which recovered the service`
      : i.rollback.state === 'rollback-failed'
        ? 'could not be rolled back to a healthy release'
        : 'was not rolled back'
  const names = fails.slice(0, 5).map((f) => untrusted(f.name, 60))
  const blind = unprobed(v)
  // Unprobed, `since` is when the release was declared bad, not when the trouble started.
  const restoredIn = sinceMs(since, recoveredAt)
  const lasted = blind ? null : restoredIn
  const caught = blind ? null : sinceMs(v.startedAt, v.endedAt)
  const well = [
    caught ? `- Verification flagged the release ${caught} after it started checking.` : '',
    recoveredAt && restoredIn
      ? `- The automatic rollback restored service ${restoredIn} after ${blind ? 'the release was declared bad' : 'the first failed check'}.`
      : '',
    '- _Fill in._',
  ].filter(Boolean)
  const regional = i.vantages?.scope === 'regional'
  // A regional problem is a path to the service, not the release: its actions are about that.
  const actions: string[][] = regional
    ? [
        ['Find why the failing vantages could not reach the service', '_owner_', day(i.now, 7), ''],
        ['Decide whether that path needs its own monitoring', '_owner_', day(i.now, 14), ''],
      ]
    : [
        ['Find and fix the cause in the failed release', '_owner_', day(i.now, 7), ''],
        ['Add a test or probe that catches this before production', '_owner_', day(i.now, 14), ''],
        i.rollback.state === 'recovered'
          ? ['Review how long detection and rollback took', '_owner_', day(i.now, 14), '']
          : ['Make the rollback path work for this failure', '_owner_', day(i.now, 7), ''],
      ]
  return [
    '_A starting point with the facts from this run; the team fills in the rest. Blameless: describe what the system and the process allowed, not who did what._',
    '### Summary',
    blind
      ? `On ${day(since, 0)}, release ${shaCode(i.failedSha)} deployed to ${env} was declared bad without verification (${untrusted(v.verdict.reason, 300)}) and ${outcome}.`
      : regional
        ? `On ${day(since, 0)}, after release ${shaCode(i.failedSha)} was deployed to ${env}, ${i.vantages!.failingCount} of ${i.vantages!.counted} vantages could not verify it, fewer than the quorum: a regional problem; the release was not rolled back.`
        : `On ${day(since, 0)}, release ${shaCode(i.failedSha)} deployed to ${env} failed verification (${untrusted(v.verdict.outcome, 20)}) and ${outcome}.`,
    '### Impact',
    [
      `- Severity: ${i.severity}.`,
      v.probes.length === 0
        ? `- Failing health checks: none measured (${untrusted(v.verdict.reason, 300)}).`
        : `- Failing health checks: ${fails.length} of ${v.probes.length}${names.length ? ` (${names.join(', ')}${fails.length > names.length ? ', …' : ''})` : ''}.`,
      `- Started: ${blind ? `_fill in_ (declared bad at ${when(since)})` : when(since)}. Ended: ${recoveredAt ? when(recoveredAt) : '_fill in_'}. Duration: ${lasted ?? '_fill in_'}.`,
      '- Users and requests affected: _fill in_.',
    ].join('\n'),
    '### Timeline',
    'The Timeline section above holds what deploy-guard saw. Add when people were alerted, joined and communicated.',
    '### Root cause',
    `_Fill in._ Start from What changed above${risky ? `: ${plural(risky, 'risky file')} (migrations, configuration, dependencies, infrastructure, workflows) are listed first` : ''}.`,
    '### Contributing factors',
    '- _Fill in: what made this possible or worse (a missing test or alert, drift between environments, a large batch of changes)._',
    '### What went well',
    well.join('\n'),
    '### Action items',
    table(['Action', 'Owner', 'Due date', 'Tracking issue'], actions),
  ].join('\n\n')
}
