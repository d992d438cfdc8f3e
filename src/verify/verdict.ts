// The health verdict from probe rounds: the analysis model of Argo Rollouts and Flagger.
// Pure: rounds in, a verdict (or "keep probing") out.
//
// - Unhealthy as soon as `failureThreshold` consecutive rounds fail, without waiting out the soak.
// - Healthy only once `duration` has passed since the first round and the last
//   `successThreshold` rounds passed.
// - Otherwise keep probing up to `duration + failureThreshold x interval`, then unhealthy:
//   "flapping" when rounds kept switching between passing and failing.

import { plural } from '../report/text.js'
import type { ProbeResult } from './probe.js'

export interface AnalysisConfig {
  initialDelayMs: number
  intervalMs: number
  durationMs: number
  failureThreshold: number
  successThreshold: number
}

export interface Round {
  /** 1-based, as people count rounds. */
  number: number
  startedAt: number
  endedAt: number
  results: ProbeResult[]
  passed: boolean
}

export type Outcome = 'healthy' | 'failing' | 'flapping' | 'unstable' | 'cancelled'
export type Severity = 'P1' | 'P2'

export interface Verdict {
  healthy: boolean
  outcome: Outcome
  severity: Severity | null
  reason: string
  /** Round numbers that decided the verdict. */
  deciding: number[]
  /** Probes that failed in the deciding rounds. */
  failing: string[]
}

export function capMs(c: AnalysisConfig): number {
  return c.durationMs + c.failureThreshold * c.intervalMs
}

/** Rounds planned for the soak (the first at 0, the last at or after `duration`). */
export function plannedRounds(c: AnalysisConfig): number {
  return Math.max(Math.ceil(c.durationMs / c.intervalMs) + 1, c.successThreshold)
}

function trailing(rounds: Round[], passed: boolean): number {
  let n = 0
  for (let i = rounds.length - 1; i >= 0 && rounds[i]!.passed === passed; i--) n++
  return n
}

function switches(rounds: Round[]): number {
  let n = 0
  for (let i = 1; i < rounds.length; i++) if (rounds[i]!.passed !== rounds[i - 1]!.passed) n++
  return n
}

const secs = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`)

function severityOf(deciding: Round[], critical: ReadonlySet<string>): Severity {
  const criticalFailed = deciding.some((r) => r.results.some((x) => !x.ok && critical.has(x.probe)))
  const allFailedEveryRound =
    deciding.length > 0 && deciding.every((r) => r.results.every((x) => !x.ok))
  return criticalFailed || allFailedEveryRound ? 'P1' : 'P2'
}

function failingProbes(deciding: Round[]): string[] {
  const names = new Set<string>()
  for (const r of deciding) for (const x of r.results) if (!x.ok) names.add(x.probe)
  return [...names]
}

/** Probes named in a reason; the rest are counted (the report lists them all). */
const NAMED = 10

function describeFailures(deciding: Round[]): string {
  const last = new Map<string, ProbeResult>()
  for (const r of deciding) for (const x of r.results) if (!x.ok) last.set(x.probe, x)
  const all = [...last.values()]
  // A reason is a log line, the step's error and the summary's first line: 5,000 failing probes
  // would make it 300,000 characters long.
  const named = all.slice(0, NAMED).map((x) => `${x.probe} (${x.error}: ${x.message ?? ''})`)
  const more = all.length > NAMED ? `, and ${plural(all.length - NAMED, 'more probe')}` : ''
  return `${named.join(', ')}${more}`
}

/**
 * Decides after the latest round, or returns null to keep probing.
 * `critical` names the probes whose failure alone makes it P1.
 */
export function decide(
  c: AnalysisConfig,
  rounds: Round[],
  critical: ReadonlySet<string>,
): Verdict | null {
  const last = rounds[rounds.length - 1]
  if (!last) return null
  const elapsed = last.startedAt - rounds[0]!.startedAt
  const failed = rounds.filter((r) => !r.passed).length
  const numbers = (rs: Round[]) => rs.map((r) => r.number)

  const fails = trailing(rounds, false)
  if (fails >= c.failureThreshold) {
    const deciding = rounds.slice(-c.failureThreshold)
    const span =
      deciding.length > 1 ? `rounds ${deciding[0]!.number}-${last.number}` : `round ${last.number}`
    return {
      healthy: false,
      outcome: 'failing',
      severity: severityOf(deciding, critical),
      reason: `${plural(c.failureThreshold, 'consecutive round', 'consecutive rounds')} failed (${span}): ${describeFailures(deciding)}.`,
      deciding: numbers(deciding),
      failing: failingProbes(deciding),
    }
  }

  const passes = trailing(rounds, true)
  if (elapsed >= c.durationMs && passes >= c.successThreshold) {
    const probes = last.results.length
    return {
      healthy: true,
      outcome: 'healthy',
      severity: null,
      reason: `${probes}/${probes} probes passed the last ${c.successThreshold} rounds after ${secs(elapsed)} of observation (${rounds.length} rounds, ${failed} failed).`,
      deciding: numbers(rounds.slice(-c.successThreshold)),
      failing: [],
    }
  }

  if (elapsed >= capMs(c)) {
    const window = rounds.slice(-(c.failureThreshold + c.successThreshold))
    const deciding = window.filter((r) => !r.passed)
    const flapping = switches(rounds) >= 3 && failed >= 2
    return {
      healthy: false,
      outcome: flapping ? 'flapping' : 'unstable',
      severity: severityOf(deciding, critical),
      reason: flapping
        ? `flapping: rounds switched between passing and failing ${switches(rounds)} times (${failed} of ${rounds.length} failed) and never held ${c.successThreshold} consecutive passes within ${secs(capMs(c))}: ${describeFailures(deciding)}.`
        : `no ${c.successThreshold} consecutive passing rounds within ${secs(capMs(c))} (${failed} of ${rounds.length} failed): ${describeFailures(deciding)}.`,
      deciding: numbers(deciding),
      failing: failingProbes(deciding),
    }
  }
  return null
}

export function cancelledVerdict(rounds: Round[]): Verdict {
  return {
    healthy: false,
    outcome: 'cancelled',
    severity: null,
    reason: `verification was cancelled after ${plural(rounds.length, 'round')}; no verdict.`,
    deciding: [],
    failing: [],
  }
}
