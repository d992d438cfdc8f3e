// The verdict from rounds, exhaustively, with synthetic rounds: no clock, no network.
import type { ProbeResult } from '../../src/verify/probe.js'
import {
  capMs,
  decide,
  plannedRounds,
  type AnalysisConfig,
  type Round,
} from '../../src/verify/verdict.js'

const C: AnalysisConfig = {
  initialDelayMs: 0,
  intervalMs: 10_000,
  durationMs: 60_000,
  failureThreshold: 3,
  successThreshold: 3,
}
const PROBES = ['home', 'api', 'db']

/** Rounds from a pattern: one letter a round; P all pass, F all fail, H only "home" fails. */
function rounds(pattern: string, c = C): Round[] {
  return [...pattern].map((ch, i) => {
    const results: ProbeResult[] = PROBES.map((probe) => {
      const ok = ch === 'P' || (ch === 'H' && probe !== 'home')
      return ok
        ? { probe, ok, latencyMs: 10, status: 200 }
        : {
            probe,
            ok,
            latencyMs: 10,
            status: 500,
            error: 'http-status' as const,
            message: 'expected status 200-399, got 500',
          }
    })
    return {
      number: i + 1,
      startedAt: i * c.intervalMs,
      endedAt: i * c.intervalMs + 10,
      results,
      passed: ch === 'P',
    }
  })
}

/** Feeds rounds one at a time, as the loop does; returns the first verdict and its round. */
function run(pattern: string, c = C, critical = new Set<string>()) {
  const all = rounds(pattern, c)
  for (let n = 1; n <= all.length; n++) {
    const v = decide(c, all.slice(0, n), critical)
    if (v) return { ...v, at: n }
  }
  return null
}

test('healthy: the soak passes and the last 3 rounds passed, decided at the round at 60s', () => {
  const v = run('PPPPPPPPP')!
  expect(v).toMatchObject({ healthy: true, outcome: 'healthy', severity: null, at: 7 })
  expect(v.reason).toBe(
    '3/3 probes passed the last 3 rounds after 60s of observation (7 rounds, 0 failed).',
  )
})

test('never healthy before the soak ends, however many rounds passed', () => {
  for (let n = 1; n < 7; n++) expect(decide(C, rounds('P'.repeat(n)), new Set())).toBeNull()
})

test('unhealthy after exactly failure-threshold consecutive failures, not later', () => {
  const v = run('PPFFFPPPP')!
  expect(v).toMatchObject({
    healthy: false,
    outcome: 'failing',
    at: 5,
    deciding: [3, 4, 5],
    severity: 'P1',
  })
  expect(v.reason).toMatch(
    /^3 consecutive rounds failed \(rounds 3-5\): home \(http-status: expected status 200-399, got 500\)/,
  )
})

test('failure decided without waiting for the soak, even in the first rounds', () => {
  expect(run('FFF')).toMatchObject({ outcome: 'failing', at: 3 })
  expect(run('F', { ...C, failureThreshold: 1 })).toMatchObject({
    outcome: 'failing',
    at: 1,
    deciding: [1],
  })
})

test('a failure resets the run of passes: healthy later, once 3 pass after the soak', () => {
  const v = run('PPPPPPFPPPP')!
  expect(v).toMatchObject({ healthy: true, at: 10 })
  expect(v.reason).toContain('(10 rounds, 1 failed)')
})

test('flapping is never healthy: unhealthy at the cap, reported as flapping', () => {
  const v = run('PFPFPFPFPFPFPF')!
  expect(v.healthy).toBe(false)
  expect(v.outcome).toBe('flapping')
  expect(v.at).toBe(capMs(C) / C.intervalMs + 1) // the round at 90s
  expect(v.reason).toMatch(/^flapping: rounds switched between passing and failing \d+ times/)
})

test('unstable: failures late in the soak, never three in a row, no three passes by the cap', () => {
  const v = run('PPPPPPFFPP')!
  expect(v).toMatchObject({ healthy: false, outcome: 'unstable', at: 10, deciding: [7, 8] })
  expect(v.reason).toMatch(/^no 3 consecutive passing rounds within 90s \(2 of 10 failed\)/)
})

test('severity: P1 when every probe failed in every deciding round', () => {
  expect(run('FFF')!.severity).toBe('P1')
})

test('severity: P2 when only some probes failed', () => {
  const v = run('PHHH')!
  expect(v).toMatchObject({ severity: 'P2', failing: ['home'] })
})

test('severity: P1 when a critical probe failed, even alone', () => {
  expect(run('PHHH', C, new Set(['home']))!.severity).toBe('P1')
  expect(run('PHHH', C, new Set(['api']))!.severity).toBe('P2')
})

test('a success threshold beyond the soak extends probing past the duration', () => {
  const c = { ...C, durationMs: 10_000, successThreshold: 5 }
  expect(plannedRounds(c)).toBe(5)
  expect(run('PPPPPPP', c)).toMatchObject({ healthy: true, at: 5 })
  expect(decide(c, rounds('PPPP', c), new Set())).toBeNull()
})

test('late rounds count by when they started, not by their number', () => {
  const late = rounds('PPPP').map((r, i) => ({ ...r, startedAt: i * 25_000 }))
  expect(decide(C, late, new Set())).toMatchObject({ healthy: true }) // 4th round at 75 s
})
