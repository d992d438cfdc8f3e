// The probing loop against a real loopback service, with short intervals.
import { setTimeout as sleep } from 'node:timers/promises'
import { loadProbes } from '../../src/verify/probe-schema.js'
import { ProbeClient } from '../../src/verify/probe.js'
import { verifyLoop } from '../../src/verify/run.js'
import type { AnalysisConfig } from '../../src/verify/verdict.js'
import { ok, startService, type Service } from '../helpers/service.js'

let svc: Service
let client: ProbeClient
beforeEach(async () => {
  svc = await startService()
  client = new ProbeClient({ timeoutMs: 150 })
})
afterEach(async () => {
  await client.close()
  await svc.close()
})

const C: AnalysisConfig = {
  initialDelayMs: 0,
  intervalMs: 60,
  durationMs: 300,
  failureThreshold: 3,
  successThreshold: 3,
}

function loop(
  c = C,
  signal?: AbortSignal,
  clock: Pick<Parameters<typeof verifyLoop>[2], 'now' | 'sleep'> = {
    now: Date.now,
    sleep: (ms, s) => sleep(ms, undefined, { signal: s }),
  },
) {
  const probes = loadProbes(
    `- name: home\n  url: ${svc.url}/\n- name: api\n  url: ${svc.url}/api\n  critical: true`,
  )
  return verifyLoop(probes, c, { ...clock, probe: (p) => client.run(p), signal })
}

/** Time that moves only when the loop sleeps: the schedule is exact however busy the machine. */
function virtualClock() {
  let t = 0
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms
      await new Promise((r) => setImmediate(r))
    },
  }
}

/** A service that answers 500 from its nth round on (each round sends two requests). */
function failFromRound(n: number) {
  let count = 0
  return (_req: unknown, res: import('node:http').ServerResponse) => {
    count++
    res.writeHead(Math.ceil(count / 2) >= n ? 500 : 200)
    res.end('x')
  }
}

test('healthy service: healthy after the soak, every round on schedule', async () => {
  // The real service answers; the clock is virtual, so a slow first request on a loaded machine
  // cannot push the soak's end past a slot and add a round.
  const clock = virtualClock()
  const v = await loop(C, undefined, clock)
  expect(v.verdict.healthy).toBe(true)
  expect(v.rounds).toHaveLength(6) // 0, 60, ..., 300 ms
  expect(clock.now()).toBeGreaterThanOrEqual(300)
  // round n starts on its slot, first + (n - 1) x interval, never before it
  for (const r of v.rounds)
    expect(r.startedAt - v.firstRoundAt!).toBeGreaterThanOrEqual((r.number - 1) * 60 - 1)
})

test('500 from round 3 on: unhealthy after exactly failure-threshold rounds (round 5)', async () => {
  svc.handle(failFromRound(3))
  const v = await loop()
  expect(v.verdict).toMatchObject({
    healthy: false,
    outcome: 'failing',
    deciding: [3, 4, 5],
    severity: 'P1',
  })
  expect(v.rounds).toHaveLength(5)
  expect(svc.requests).toHaveLength(10) // no request after the verdict
})

test('hanging service: each round bounded by the probe timeout, verdict in bounded time', async () => {
  svc.handle(() => {})
  const t = Date.now()
  const v = await loop()
  expect(v.verdict).toMatchObject({ healthy: false, outcome: 'failing' })
  expect(v.rounds.flatMap((r) => r.results.map((x) => x.error))).toEqual(Array(6).fill('timeout'))
  // bound: failure-threshold rounds, each at most interval or timeout apart, plus the timeout
  expect(Date.now() - t).toBeLessThan(3 * 150 + 150 + 250)
})

test('flapping service is not healthy', async () => {
  let n = 0
  svc.handle((_q, res) => {
    n++
    res.writeHead(Math.ceil(n / 2) % 2 === 0 ? 500 : 200)
    res.end()
  })
  const v = await loop()
  expect(v.verdict.healthy).toBe(false)
  expect(v.verdict.outcome).toBe('flapping')
})

test('initial delay: no request before it', async () => {
  const t = Date.now()
  const v = await loop({ ...C, initialDelayMs: 200, durationMs: 60, successThreshold: 1 })
  expect(v.verdict.healthy).toBe(true)
  expect(v.firstRoundAt! - t).toBeGreaterThanOrEqual(195)
})

test('cancellation stops probing and says so', async () => {
  const ac = new AbortController()
  setTimeout(() => ac.abort(), 100)
  const v = await loop(C, ac.signal)
  expect(v.verdict).toMatchObject({ healthy: false, outcome: 'cancelled', severity: null })
  expect(v.rounds.length).toBeLessThanOrEqual(3)
})

test('connection refused counts as a failed round', async () => {
  await svc.close()
  const v = await loop()
  expect(v.verdict.outcome).toBe('failing')
  expect(v.rounds[0]!.results[0]!.error).toBe('connect-refused')
  svc = await startService(ok()) // for afterEach
})

test('an hour-long soak on a virtual clock: a release that breaks at 59 minutes is caught then', async () => {
  // The rounds the action runs for `duration: 1h, interval: 10s`, against the real service; the
  // clock is virtual so the hour takes a moment.
  const hour: AnalysisConfig = {
    initialDelayMs: 30_000,
    intervalMs: 10_000,
    durationMs: 3_600_000,
    failureThreshold: 3,
    successThreshold: 3,
  }
  const breaksAtRound = 1 + (59 * 60_000) / hour.intervalMs // 59 min after the first round
  svc.handle(failFromRound(breaksAtRound))
  const clock = virtualClock()
  const v = await loop(hour, undefined, clock)
  expect(v.verdict).toMatchObject({ healthy: false, outcome: 'failing' })
  expect(v.rounds).toHaveLength(breaksAtRound + 2)
  // decided 59 min 20 s after the first round, 30 s after the start: no budget counts here
  expect(v.endedAt - v.firstRoundAt!).toBe((breaksAtRound + 1) * hour.intervalMs)
  expect(v.firstRoundAt).toBe(30_000)
})
