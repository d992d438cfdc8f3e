// A real Prometheus (Debian's `prometheus` package) on loopback, scraping a service every
// second, for metric probes (issue 12). The service is instrumented by hand in the text
// exposition format (https://prometheus.io/docs/instrumenting/exposition_formats/): each scrape
// counts `traffic` more requests, `errorShare` of them with code 500, and observes their latency
// in a histogram, so a test switches the error share and the latency between scrapes.
//
// The tests, the benchmark and the demo use it. scripts/test.mjs installs the package when
// `prometheus` is missing (apt-get, as root).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const PROMETHEUS = process.env.DEPLOY_GUARD_PROMETHEUS ?? 'prometheus'

export function prometheusInstalled(): boolean {
  return spawnSync(PROMETHEUS, ['--version'], { stdio: 'ignore' }).status === 0
}

const BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5]

export interface MetricsService {
  url: string
  /** Share of each scrape's requests that fail (0 to 1). */
  errorShare: number
  /** Requests counted per scrape. */
  traffic: number
  /** Latency of every request counted from now on, in seconds. */
  latency: number
  /** Set to false to stop exposing the series (a service that was never instrumented). */
  exposing: boolean
  scrapes: number
  close(): Promise<void>
}

export async function startMetricsService(): Promise<MetricsService> {
  const totals = { ok: 0, failed: 0 }
  const buckets = BUCKETS.map(() => 0)
  let count = 0
  let sum = 0
  const state: MetricsService = {
    url: '',
    errorShare: 0,
    traffic: 100,
    latency: 0.08,
    exposing: true,
    scrapes: 0,
    close: async () => {},
  }
  const server: Server = createServer((_req, res) => {
    state.scrapes++
    const failed = Math.round(state.traffic * state.errorShare)
    totals.failed += failed
    totals.ok += state.traffic - failed
    count += state.traffic
    sum += state.traffic * state.latency
    BUCKETS.forEach((b, i) => {
      if (state.latency <= b) buckets[i]! += state.traffic
    })
    const lines = state.exposing
      ? [
          '# HELP http_requests_total Requests served.',
          '# TYPE http_requests_total counter',
          `http_requests_total{code="200"} ${totals.ok}`,
          `http_requests_total{code="500"} ${totals.failed}`,
          '# HELP http_request_duration_seconds Request latency.',
          '# TYPE http_request_duration_seconds histogram',
          ...BUCKETS.map((b, i) => `http_request_duration_seconds_bucket{le="${b}"} ${buckets[i]}`),
          `http_request_duration_seconds_bucket{le="+Inf"} ${count}`,
          `http_request_duration_seconds_sum ${sum}`,
          `http_request_duration_seconds_count ${count}`,
        ]
      : []
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' })
    res.end(lines.join('\n') + '\n')
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.close = () => new Promise<void>((done) => server.close(() => done()))
  return state
}

async function freePort(): Promise<number> {
  const s = createNetServer()
  await new Promise<void>((done) => s.listen(0, '127.0.0.1', done))
  const port = (s.address() as AddressInfo).port
  await new Promise<void>((done) => s.close(() => done()))
  return port
}

export interface Prometheus {
  url: string
  /** An instant query, as the probe would ask it; the raw JSON answer. */
  query(q: string, time?: number): Promise<unknown>
  /** Resolves once Prometheus has scraped `target` at least `n` more times. */
  scrapes(target: MetricsService, n: number): Promise<void>
  stop(): Promise<void>
}

/** Prometheus on a free loopback port, scraping `target` every second, data in a temp dir. */
export async function startPrometheus(target: MetricsService): Promise<Prometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'dg-prometheus-'))
  const config = join(dir, 'prometheus.yml')
  writeFileSync(
    config,
    [
      'global:',
      '  scrape_interval: 1s',
      '  evaluation_interval: 1s',
      'scrape_configs:',
      '  - job_name: shop',
      '    static_configs:',
      `      - targets: ["${new URL(target.url).host}"]`,
      '',
    ].join('\n'),
  )
  const port = await freePort()
  const child: ChildProcess = spawn(
    PROMETHEUS,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      // A sample is used up to lookback-delta after it was scraped; the default 5 min would keep
      // a stopped series answering long after its service went away.
      '--query.lookback-delta=5s',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let log = ''
  child.stderr!.on('data', (d) => (log += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prometheus exited: ${log.slice(-2000)}`)
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`prometheus not ready in 30 s: ${log.slice(-2000)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    async query(q, time) {
      const u = new URL('/api/v1/query', url)
      u.searchParams.set('query', q)
      if (time !== undefined) u.searchParams.set('time', String(time / 1000))
      return (await fetch(u)).json()
    },
    async scrapes(t, n) {
      const goal = t.scrapes + n
      while (t.scrapes < goal) await new Promise((r) => setTimeout(r, 50))
      // The scrape is answered before Prometheus appends it; give the append a moment.
      await new Promise((r) => setTimeout(r, 200))
    },
    async stop() {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
    },
  }
}
