// Metric probes against a real Prometheus (Debian's package, started by the test on loopback)
// scraping a test service every second whose error share the test switches (issue 12).
import { jest } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadProbes } from '../../src/verify/probe-schema.js'
import { probeRelease, type VerifyConfig } from '../../src/verify/probing.js'
import { Redactor } from '../../src/report/redact.js'
import { renderVerifySummary } from '../../src/verify/report.js'
import {
  startMetricsService,
  startPrometheus,
  type MetricsService,
  type Prometheus,
} from '../../demo/prometheus.js'
import { recording } from '../helpers/step.js'

jest.setTimeout(120_000)

let svc: MetricsService
let prom: Prometheus

beforeAll(async () => {
  svc = await startMetricsService()
  svc.errorShare = 0.02
  prom = await startPrometheus(svc)
  await prom.scrapes(svc, 4)
})

afterAll(async () => {
  await prom?.stop()
  await svc?.close()
})

const ERROR_RATIO =
  'sum(rate(http_requests_total{code="500"}[3s])) / sum(rate(http_requests_total[3s]))'

const config = (over: Partial<VerifyConfig> = {}): VerifyConfig => ({
  initialDelayMs: 0,
  intervalMs: 1000,
  durationMs: 3000,
  failureThreshold: 2,
  successThreshold: 2,
  probeTimeoutMs: 2000,
  probeConcurrency: 8,
  ...over,
})

async function verify(yaml: string, c = config()) {
  const rec = recording()
  const probes = loadProbes(yaml)
  const started = Date.now()
  const { verification, report } = await probeRelease(
    probes,
    c,
    { runner: rec.runner, now: Date.now, workspace: process.cwd(), reportDir: process.cwd() },
    { target: 'release abc1234', environment: 'production' },
    new Redactor([]),
  )
  return { verification, report, rec, ms: Date.now() - started }
}

const metricProbe = (url: string, expect: string, extra = '') =>
  `- name: error-rate\n  prometheus:\n    url: ${url}\n    query: '${ERROR_RATIO}'\n  expect: ${expect}\n${extra}`

const results = (v: Awaited<ReturnType<typeof verify>>) =>
  v.verification.rounds.flatMap((r) => r.results)

test('a steady 2% error rate passes below: 0.05, each round with its value', async () => {
  svc.errorShare = 0.02
  const v = await verify(metricProbe(prom.url, '{ below: 0.05 }'))
  expect(v.verification.verdict.healthy).toBe(true)
  for (const r of results(v)) expect(r.value).toBeCloseTo(0.02, 5)
  // The PromQL is not a secret: shown in the report, never masked in the log.
  expect(v.report.probes[0]!.url).toContain('/api/v1/query?query=sum(rate(http_requests_total')
  expect(v.rec.secrets).toEqual([])
})

test('a jump to 30% fails below: 0.05 within the bound (rate window + scrape + (threshold - 1) x interval)', async () => {
  svc.errorShare = 0.02
  await prom.scrapes(svc, 4)
  const c = config({ durationMs: 20_000 })
  const running = verify(metricProbe(prom.url, '{ below: 0.05 }'), c)
  await new Promise((r) => setTimeout(r, 1500))
  const jumpAt = Date.now()
  svc.errorShare = 0.3
  const v = await running
  expect(v.verification.verdict.healthy).toBe(false)
  const failed = results(v).filter((r) => !r.ok)
  expect(failed[0]).toMatchObject({ error: 'metric-threshold' })
  expect(failed[0]!.message).toMatch(/^0\.\d+ is not below 0\.05$/)
  // 3 s window + 1 s scrape + (2 - 1) x 1 s interval, and a round's 1 s granularity.
  const detected = v.verification.endedAt - jumpAt
  expect(detected).toBeLessThanOrEqual(3000 + 1000 + 1000 + 1000 + 500)
})

test('a rise from 2% to 6% fails the baseline (+50%) while below: 0.1 still holds', async () => {
  svc.errorShare = 0.02
  await prom.scrapes(svc, 8)
  svc.errorShare = 0.06
  await prom.scrapes(svc, 4)
  const v = await verify(
    metricProbe(prom.url, '{ below: 0.1, baseline: { before: 6s, max-increase: 50% } }'),
  )
  expect(v.rec.log).toContainEqual(
    expect.stringMatching(/^info probe error-rate: baseline 0\.02 at /),
  )
  expect(v.verification.verdict.healthy).toBe(false)
  const failed = results(v).filter((r) => !r.ok)
  expect(failed[0]!.error).toBe('metric-threshold')
  expect(failed[0]!.message).toBe(
    '0.06 against 0.02 before the release: more than 50% higher (limit 0.03)',
  )
  // The report keeps the baseline; the summary draws the value against it and its limit.
  expect(v.report.probes[0]!.metric!.baseline).toMatchObject({ value: expect.closeTo(0.02, 5) })
  expect(renderVerifySummary(v.report)).toContain(
    'value (blue), below 0.1 (red), before the release 0.02 (green), limit 0.03 (purple)',
  )
})

test('no data fails with no-data: fail and passes with no-data: pass; a baseline with no data is skipped', async () => {
  const none = (noData: string) =>
    `- name: not-found\n  prometheus:\n    url: ${prom.url}\n    query: 'sum(rate(http_requests_total{code="404"}[3s]))'\n  expect: { below: 1, baseline: { before: 1h, max-increase: 10% } }\n  no-data: ${noData}\n`
  const fail = await verify(none('fail'))
  expect(fail.verification.verdict.healthy).toBe(false)
  expect(results(fail)[0]).toMatchObject({ ok: false, error: 'no-data', value: null })
  const pass = await verify(none('pass'))
  expect(pass.verification.verdict.healthy).toBe(true)
  expect(pass.rec.log).toContainEqual(
    expect.stringMatching(/no data at .* \(a first deploy\?\): the baseline check is skipped$/),
  )
})

test('a query that gives two series fails every round, saying how to fix it', async () => {
  const v = await verify(
    `- name: by-code\n  prometheus:\n    url: ${prom.url}\n    query: 'rate(http_requests_total[3s])'\n  expect: { below: 1000 }\n`,
  )
  expect(v.verification.verdict.healthy).toBe(false)
  expect(results(v)[0]).toMatchObject({ error: 'metric-series' })
  expect(results(v)[0]!.message).toContain('aggregate it, e.g. with sum()')
})

test('Prometheus refusing connections, and Prometheus hanging, fail the round with their class', async () => {
  const closed = createServer()
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
  const port = (closed.address() as AddressInfo).port
  await new Promise<void>((r) => closed.close(() => r()))
  const refused = await verify(metricProbe(`http://127.0.0.1:${port}`, '{ below: 0.05 }'))
  expect(results(refused)[0]).toMatchObject({ ok: false, error: 'connect-refused' })

  const sockets = new Set<import('node:net').Socket>()
  const hanging: Server = createServer(() => {}) // accepts, never answers
  hanging.on('connection', (s) => sockets.add(s))
  await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r))
  try {
    const url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`
    const v = await verify(metricProbe(url, '{ below: 0.05 }'), config({ probeTimeoutMs: 500 }))
    expect(results(v)[0]).toMatchObject({ ok: false, error: 'timeout' })
    expect(v.verification.verdict.healthy).toBe(false)
  } finally {
    for (const s of sockets) s.destroy()
    await new Promise<void>((r) => hanging.close(() => r()))
  }
})
