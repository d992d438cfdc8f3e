// The probing loop: rounds every `interval` after `initial-delay`, every probe of a round asked
// at once (the probe client lets `probe-concurrency` per origin go, the rest wait), until the
// verdict. Time and probing are passed in, so tests can drive it with a fake clock or real
// servers.

import type { Probe } from './probe-schema.js'
import type { ProbeResult } from './probe.js'
import {
  cancelledVerdict,
  decide,
  type AnalysisConfig,
  type Round,
  type Verdict,
} from './verdict.js'

export interface LoopDeps {
  now(): number
  /** Resolves after ms, or rejects when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
  /** One probe of a round; `at` is the round's start (a metric probe's evaluation time). */
  probe(p: Probe, at: number): Promise<ProbeResult>
  onRound?(round: Round): void
  signal?: AbortSignal
}

export interface Verification {
  startedAt: number
  /** When the first round started (after the initial delay). */
  firstRoundAt: number | null
  endedAt: number
  rounds: Round[]
  verdict: Verdict
}

export async function verifyLoop(
  probes: Probe[],
  c: AnalysisConfig,
  deps: LoopDeps,
): Promise<Verification> {
  const critical = new Set(probes.filter((p) => p.critical).map((p) => p.name))
  const rounds: Round[] = []
  const startedAt = deps.now()
  const done = (verdict: Verdict): Verification => ({
    startedAt,
    firstRoundAt: rounds[0]?.startedAt ?? null,
    endedAt: deps.now(),
    rounds,
    verdict,
  })
  try {
    if (c.initialDelayMs > 0) await deps.sleep(c.initialDelayMs, deps.signal)
    const first = deps.now()
    for (let n = 1; ; n++) {
      if (deps.signal?.aborted) return done(cancelledVerdict(rounds))
      // Rounds keep their schedule; a round that overruns starts the next one late, not twice.
      const wait = first + (n - 1) * c.intervalMs - deps.now()
      if (wait > 0) await deps.sleep(wait, deps.signal)
      const roundStart = deps.now()
      const results = await Promise.all(probes.map((p) => deps.probe(p, roundStart)))
      const round: Round = {
        number: n,
        startedAt: roundStart,
        endedAt: deps.now(),
        results,
        passed: results.every((r) => r.ok),
      }
      rounds.push(round)
      deps.onRound?.(round)
      const verdict = decide(c, rounds, critical)
      if (verdict) return done(verdict)
    }
  } catch (e) {
    if (deps.signal?.aborted) return done(cancelledVerdict(rounds))
    throw e
  }
}
