// Metric-probe detection (issue 12): a real Prometheus (Debian's package) scraping a service
// every second; the service's error share jumps from 1% to 30% between rounds, and the figure
// is the time from the jump to the verdict, against the analytic bound: rate window + scrape
// interval + (failure-threshold - 1) x interval, plus one interval for where in a round the jump
// falls. Skipped (reported as such) when `prometheus` is not installed.
import { Redactor } from '../src/report/redact.js'
import { loadProbes } from '../src/verify/probe-schema.js'
import { probeRelease } from '../src/verify/probing.js'
import type { Runner } from '../src/runner/runner.js'
import { prometheusInstalled, startMetricsService, startPrometheus } from '../demo/prometheus.js'
import { fmt, median, type Figure } from './lib.js'

const WINDOW_MS = 3000
const SCRAPE_MS = 1000
const INTERVAL_MS = 1000
const THRESHOLD = 2
const RUNS = 5

const quiet: Runner = {
  input: () => '',
  output: () => {},
  info: () => {},
  debug: () => {},
  warning: () => {},
  summary: async () => {},
  group: (_n, fn) => fn(),
  secret: () => {},
  error: () => {},
  fail: () => {},
}

export async function metricBench(): Promise<Figure[]> {
  const name = `metric-probe detection, error ratio 1% to 30% (rate[3s], scrape 1s, interval 1s, threshold 2; median, worst of ${RUNS}), real Prometheus`
  const bound = WINDOW_MS + SCRAPE_MS + (THRESHOLD - 1) * INTERVAL_MS + INTERVAL_MS
  if (!prometheusInstalled())
    return [{ name, value: 'not measured: prometheus is not installed', baseline: `bound ${bound} ms`, ratio: '', target: '<= bound', met: false }] // prettier-ignore
  const svc = await startMetricsService()
  svc.errorShare = 0.01
  const prom = await startPrometheus(svc)
  const latencies: number[] = []
  try {
    const probes = loadProbes(
      `- name: errors\n  prometheus:\n    url: ${prom.url}\n    query: 'sum(rate(http_requests_total{code="500"}[3s])) / sum(rate(http_requests_total[3s]))'\n  expect: { below: 0.05 }\n`,
    )
    for (let i = 0; i < RUNS; i++) {
      svc.errorShare = 0.01
      await prom.scrapes(svc, 5) // the window holds only the healthy share again
      const running = probeRelease(
        probes,
        {
          initialDelayMs: 0,
          intervalMs: INTERVAL_MS,
          durationMs: 60_000,
          failureThreshold: THRESHOLD,
          successThreshold: 1000,
          probeTimeoutMs: 2000,
          probeConcurrency: 8,
        },
        { runner: quiet, now: Date.now, workspace: '.', reportDir: '.' },
        { target: 'bench', environment: 'bench' },
        new Redactor([]),
      )
      // Jump at a different point of a round each run.
      await new Promise((r) => setTimeout(r, 1500 + (i * INTERVAL_MS) / RUNS))
      const jumpAt = Date.now()
      svc.errorShare = 0.3
      const { verification } = await running
      if (verification.verdict.healthy) throw new Error('metric bench: the jump was not detected')
      latencies.push(verification.endedAt - jumpAt)
    }
  } finally {
    await prom.stop()
    await svc.close()
  }
  const worst = Math.max(...latencies)
  return [
    {
      name,
      value: `${fmt(median(latencies))} ms, worst ${fmt(worst)} ms`,
      baseline: `bound ${bound} ms`,
      ratio: `${(worst / bound).toFixed(2)}x of bound`,
      target: '<= bound',
      met: worst <= bound,
    },
  ]
}
