// Verify benchmarks (issue 3):
// 1. Engine overhead: 100 probes x 20 rounds against a loopback server through the probing loop,
//    as requests per second against a bare undici loop with the same concurrency.
// 2. Detection latency: from the moment the service turns bad to the verdict, against the bound
//    failure-threshold x interval + probe-timeout.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Agent, request } from 'undici'
import { loadProbes } from '../src/verify/probe-schema.js'
import { ProbeClient } from '../src/verify/probe.js'
import { verifyLoop } from '../src/verify/run.js'
import { fmt, median, type Figure } from './lib.js'

const PROBES = 100
const ROUNDS = 20

async function serve(
  handler: (bad: boolean) => [number, string],
): Promise<{ url: string; server: Server; state: { bad: boolean } }> {
  const state = { bad: false }
  const server = createServer((_req, res) => {
    const [status, body] = handler(state.bad)
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(body)
  })
  server.keepAliveTimeout = 60_000
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, state }
}

async function engineRps(url: string): Promise<number> {
  const yaml = Array.from(
    { length: PROBES },
    (_, i) => `- name: p${i}\n  url: ${url}/p${i}\n  expect: { json: { "$.status": up } }`,
  ).join('\n')
  const probes = loadProbes(yaml)
  const client = new ProbeClient({ timeoutMs: 5000, concurrency: PROBES })
  // A virtual clock: the loop's schedule advances without waiting, so rounds run back to back
  // and exactly ROUNDS of them decide the verdict.
  let virtual = 0
  const t = performance.now()
  const v = await verifyLoop(
    probes,
    {
      initialDelayMs: 0,
      intervalMs: 1000,
      durationMs: (ROUNDS - 1) * 1000,
      failureThreshold: 3,
      successThreshold: 3,
    },
    {
      now: () => virtual,
      sleep: async (ms) => void (virtual += ms),
      probe: (p) => client.run(p),
    },
  )
  const s = (performance.now() - t) / 1000
  await client.close()
  if (v.rounds.length !== ROUNDS || !v.verdict.healthy)
    throw new Error(`engine bench ran ${v.rounds.length} rounds, healthy=${v.verdict.healthy}`)
  return (PROBES * ROUNDS) / s
}

async function bareRps(url: string): Promise<number> {
  const agent = new Agent({ connections: PROBES, keepAliveTimeout: 30_000 })
  const t = performance.now()
  for (let r = 0; r < ROUNDS; r++)
    await Promise.all(
      Array.from({ length: PROBES }, async (_, i) => {
        const res = await request(`${url}/p${i}`, { dispatcher: agent })
        JSON.parse(await res.body.text())
      }),
    )
  const s = (performance.now() - t) / 1000
  await agent.destroy()
  return (PROBES * ROUNDS) / s
}

async function detection(mode: 'status' | 'hang'): Promise<{ latencies: number[]; bound: number }> {
  const interval = 100
  const timeout = 60
  const threshold = 3
  const { url, server, state } = await serve((bad) =>
    bad ? [503, '{"status":"down"}'] : [200, '{"status":"up"}'],
  )
  // hang mode: the server stops answering instead of answering 503
  if (mode === 'hang') {
    server.removeAllListeners('request')
    server.on('request', (_req, res) => {
      if (state.bad) return
      res.writeHead(200)
      res.end('{"status":"up"}')
    })
  }
  const probes = loadProbes(`- name: a\n  url: ${url}/a\n- name: b\n  url: ${url}/b`)
  const latencies: number[] = []
  for (let i = 0; i < 8; i++) {
    state.bad = false
    const client = new ProbeClient({ timeoutMs: timeout })
    let flippedAt = 0
    // turn bad at a moment unaligned with the rounds
    const flip = setTimeout(
      () => {
        state.bad = true
        flippedAt = performance.now()
      },
      250 + i * 13,
    )
    await verifyLoop(
      probes,
      {
        initialDelayMs: 0,
        intervalMs: interval,
        durationMs: 60_000,
        failureThreshold: threshold,
        successThreshold: 3,
      },
      {
        now: () => performance.now(),
        sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
        probe: (p) => client.run(p),
      },
    )
    latencies.push(performance.now() - flippedAt)
    clearTimeout(flip)
    await client.close()
  }
  server.closeAllConnections()
  server.close()
  return { latencies, bound: threshold * interval + timeout }
}

export async function verifyBench(): Promise<Figure[]> {
  const { url, server } = await serve(() => [200, '{"status":"up","version":"abc1234"}'])
  // JIT warm-up first: the first runs of either loop measure the compiler, not the loop.
  for (let i = 0; i < 3; i++) {
    await engineRps(url)
    await bareRps(url)
  }
  const engine: number[] = []
  const bare: number[] = []
  for (let i = 0; i < 15; i++) {
    engine.push(await engineRps(url))
    bare.push(await bareRps(url))
  }
  server.closeAllConnections()
  server.close()
  const e = median(engine)
  const b = median(bare)
  const figures: Figure[] = [
    {
      name: `verify engine: ${PROBES} probes x ${ROUNDS} rounds on loopback, requests/s vs a bare undici loop, same concurrency`,
      value: `${Math.round(e)} req/s`,
      baseline: `${Math.round(b)} req/s`,
      ratio: `${(e / b).toFixed(2)}x`,
      target: '>= 0.8x',
      met: e / b >= 0.8,
    },
  ]
  for (const mode of ['status', 'hang'] as const) {
    const { latencies, bound } = await detection(mode)
    const worst = Math.max(...latencies)
    figures.push({
      name: `detection latency, service turns ${mode === 'status' ? 'to 503' : 'to hanging'} (interval 100ms, threshold 3, timeout 60ms; median, worst of 8)`,
      value: `${fmt(median(latencies))} ms, worst ${fmt(worst)} ms`,
      baseline: `bound ${bound} ms`,
      ratio: `${(worst / bound).toFixed(2)}x of bound`,
      target: `<= bound + 50 ms`,
      met: worst <= bound + 50,
    })
  }
  return figures
}
