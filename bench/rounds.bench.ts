// Round benchmark (issue 13): one round of 1,000 probes against one origin, a loopback server in
// its own process with a large listen backlog (511, Node's default), so nothing is dropped and
// the figure is the client's:
// - deploy-guard: the probing loop at the default probe-concurrency 8;
// - a bare undici loop with the same concurrency (8 workers over 8 keep-alive connections):
//   the floor for what deploy-guard adds (its queue, timers, assertions);
// - deploy-guard with every probe at once (probe-concurrency 1000: a connection each, as
//   before issue 13), which a large backlog survives, to show what the limit costs or saves;
// - Jtalk/url-health-check-action's way: `curl --fail -sv URL` for each URL, one after the
//   other (its index.js awaits one curl per URL), when curl is installed.
// Runs are interleaved and the medians compared, as in lib.ts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { Agent, request } from 'undici'
import { loadProbes, type Probe } from '../src/verify/probe-schema.js'
import { ProbeClient } from '../src/verify/probe.js'
import { verifyLoop } from '../src/verify/run.js'
import { fmt, median, type Figure } from './lib.js'

const PROBES = 1000
const CONCURRENCY = 8
const RUNS = 15
const CURL_RUNS = 3

// The server process: answers every path with the JSON a health endpoint gives.
const SERVER = `
const s = require('node:http').createServer((q, r) => {
  r.writeHead(200, { 'content-type': 'application/json' })
  r.end('{"status":"up","version":"abc1234"}')
})
s.keepAliveTimeout = 60000
s.listen({ port: 0, host: '127.0.0.1', backlog: 511 }, () => console.log(s.address().port))
`

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] })
  const [line] = (await once(child.stdout!, 'data')) as [Buffer]
  return { url: `http://127.0.0.1:${line.toString().trim()}`, child }
}

const paths = Array.from({ length: PROBES }, (_, i) => `/p/${i}`)

/**
 * deploy-guard: one round through the probing loop with a fresh client (a first round's
 * connects included); its wall time as the round's log line reports it.
 */
async function engineRound(probes: Probe[], concurrency = CONCURRENCY): Promise<number> {
  const client = new ProbeClient({ timeoutMs: 5000, concurrency })
  const v = await verifyLoop(
    probes,
    { initialDelayMs: 0, intervalMs: 1000, durationMs: 0, failureThreshold: 1, successThreshold: 1 }, // prettier-ignore
    {
      now: () => performance.now(),
      sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
      probe: (p) => client.run(p),
    },
  )
  await client.close()
  const round = v.rounds[0]!
  if (v.rounds.length !== 1 || !round.passed)
    throw new Error(`rounds bench: ${round.results.find((r) => !r.ok)?.message}`)
  return round.endedAt - round.startedAt
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const t = performance.now()
  await fn()
  return performance.now() - t
}

/** The same requests, 8 workers over an Agent of 8 keep-alive connections, JSON parsed. */
async function bareRound(url: string): Promise<void> {
  const agent = new Agent({ connections: CONCURRENCY, keepAliveTimeout: 30_000 })
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < paths.length) {
        const res = await request(`${url}${paths[next++]}`, { dispatcher: agent })
        if ((JSON.parse(await res.body.text()) as { status: string }).status !== 'up')
          throw new Error('rounds bench: bare loop got an unhealthy answer')
      }
    }),
  )
  await agent.destroy()
}

/** url-health-check-action's loop: one `curl --fail -sv URL` after another. */
async function curlRound(url: string): Promise<void> {
  for (const p of paths) {
    const child = spawn('curl', ['--fail', '-sv', `${url}${p}`], { stdio: 'ignore' })
    const [code] = (await once(child, 'exit')) as [number]
    if (code !== 0) throw new Error(`rounds bench: curl exited ${code}`)
  }
}

export async function roundsBench(): Promise<Figure[]> {
  const { url, child } = await startServer()
  const hasCurl = spawnSync('curl', ['--version'], { stdio: 'ignore' }).status === 0
  const probes = loadProbes(
    paths.map((p) => `- url: ${url}${p}\n  expect: { json: { "$.status": up } }`).join('\n'),
  )
  try {
    // JIT warm-up, as in verify.bench.ts: cold, the engine's larger code path measures the compiler.
    for (let i = 0; i < 5; i++) {
      await engineRound(probes)
      await bareRound(url)
    }
    const engine: number[] = []
    const bare: number[] = []
    const all: number[] = []
    const curl: number[] = []
    // Between runs the server closes the last run's connections (1,000 after an all-at-once
    // run): a pause keeps that work out of the next run, whichever it is.
    const settle = () => new Promise((done) => setTimeout(done, 200))
    for (let i = 0; i < RUNS; i++) {
      engine.push(await engineRound(probes))
      await settle()
      bare.push(await timed(() => bareRound(url)))
      await settle()
      all.push(await engineRound(probes, PROBES))
      await settle()
      if (hasCurl && i < CURL_RUNS) curl.push(await timed(() => curlRound(url)))
    }
    const e = median(engine)
    const b = median(bare)
    const label = `verify round: ${PROBES.toLocaleString('en-US')} probes of one origin (loopback server in its own process, listen backlog 511)`
    const figures: Figure[] = [
      {
        name: `${label}, deploy-guard at probe-concurrency ${CONCURRENCY} vs a bare undici loop with ${CONCURRENCY} keep-alive connections (speed: baseline / value)`,
        value: `${fmt(e)} ms`,
        baseline: `${fmt(b)} ms`,
        ratio: `${(b / e).toFixed(2)}x`,
        target: '>= 0.8x',
        met: b / e >= 0.8,
      },
    ]
    const a = median(all)
    figures.push({
      name: `${label}, deploy-guard at probe-concurrency ${CONCURRENCY} vs every probe at once (probe-concurrency ${PROBES}, a connection each, as before issue 13)`,
      value: `${fmt(e)} ms`,
      baseline: `${fmt(a)} ms`,
      ratio: a >= e ? `${(a / e).toFixed(2)}x faster` : `${(e / a).toFixed(2)}x slower`,
      target:
        '(reported; against a listen backlog of 5, all at once fails most probes: test/verify/concurrency.test.ts)',
      met: true,
    })
    if (hasCurl) {
      const c = median(curl)
      figures.push({
        name: `${label}, deploy-guard vs url-health-check-action's way: \`curl --fail -sv\` per URL, one after another (median of ${CURL_RUNS})`,
        value: `${fmt(e)} ms`,
        baseline: `${fmt(c)} ms`,
        ratio: `${(c / e).toFixed(1)}x faster`,
        target: '>= 5x faster',
        met: c / e >= 5,
      })
    }
    return figures
  } finally {
    child.kill()
  }
}
