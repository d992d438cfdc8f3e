// The HTTP adapter: one probe request, with a hard time bound, a bounded body, manual
// redirects that never carry credentials to another origin, and every failure classified.
// Requests wait their turn per origin (limiter.ts); a probe's time starts when it is sent.

import { randomUUID } from 'node:crypto'
import type { LookupFunction } from 'node:net'
import { Agent, buildConnector, request, type Dispatcher } from 'undici'
import { isSensitiveHeader, redactUrl } from '../report/redact.js'
import { check } from './assertions.js'
import { discard, MAX_BODY, readBody } from './body.js'
import { classify, describe, type ErrorClass } from './probe-errors.js'
import { OriginLimiter, originKey, type Release } from './limiter.js'
import { metricOutcome } from './metric.js'
import type { Probe } from './probe-schema.js'

export { ERROR_CLASSES, type ErrorClass } from './probe-errors.js'

export { MAX_BODY }
export const EVIDENCE = 2048

export interface ProbeResult {
  probe: string
  ok: boolean
  status?: number
  latencyMs: number
  error?: ErrorClass
  /** What was expected and what was seen, or what went wrong on the wire. */
  message?: string
  /** The first 2 KiB of the body, unredacted: the report redacts it. */
  evidence?: string
  /** Each URL followed after the first. */
  redirects?: string[]
  /** A metric probe's value this round (null: no data). */
  value?: number | null
}

/** What a metric probe's request needs besides the probe: when to evaluate, what came before. */
export interface MetricContext {
  /** Epoch ms the query is evaluated at (Prometheus's `time`). */
  at: number
  /** The value before the release, or null when there is none. */
  baseline: number | null
}

export interface ProbeClientOptions {
  timeoutMs: number
  /** Most requests in flight per origin (`probe-concurrency`), and its keep-alive connections. */
  concurrency?: number
  /** Replaces DNS, for tests (no test may resolve a real name). */
  lookup?: LookupFunction
}

const REDIRECT = new Set([301, 302, 303, 307, 308])

/** Builds the first request of a probe: no-cache headers, cache-bust, URL credentials as Basic. */
function firstRequest(
  p: Probe,
  metric?: MetricContext,
): { url: URL; headers: Record<string, string>; body?: string } {
  // A copy only when something changes it: this runs once per request.
  const url =
    (p.metric && metric) || p.url.username || p.url.password || p['cache-bust']
      ? new URL(p.url)
      : p.url
  // Seconds with a fraction, as Prometheus's API takes `time`.
  if (p.metric && metric) url.searchParams.set('time', (metric.at / 1000).toFixed(3))
  // identity: the body as the service wrote it (body.ts decodes it when a server ignores this).
  // A probe's own accept-encoding replaces it, to check what browsers get.
  const headers: Record<string, string> = {
    'cache-control': 'no-cache',
    pragma: 'no-cache',
    'accept-encoding': 'identity',
  }
  for (const [k, v] of Object.entries(p.headers)) headers[k.toLowerCase()] = v
  if (url.username || url.password) {
    if (!headers.authorization) {
      const user = decodeURIComponent(url.username)
      const pass = decodeURIComponent(url.password)
      headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`
    }
    url.username = ''
    url.password = ''
  }
  if (p['cache-bust']) url.searchParams.set('_deploy_guard', randomUUID())
  let body: string | undefined
  if (p.json !== undefined) {
    body = JSON.stringify(p.json)
    headers['content-type'] ??= 'application/json'
  } else if (p.body !== undefined) body = p.body
  return { url, headers, body }
}

interface AttemptState {
  url: URL
  /** Headers arrived for the current request. */
  headers: boolean
  body: Dispatcher.ResponseData['body'] | null
  /** The deadline has answered already. */
  late: boolean
  /** Gives back the slot of the origin being asked. */
  release: Release
}

/** After a probe's deadline, how long its late request may keep its slot (see run()). */
const LATE_GRACE_MS = 2000

/** Thrown in a late attempt to stop it before it asks for another slot; nobody reads it. */
const LATE = new Error('the deadline answered first')

/** A request as the loop check knows it: a fragment is never sent, so it names nothing new. */
function requestKey(method: string, url: URL): string {
  const u = new URL(url)
  u.hash = ''
  return `${method} ${u.href}`
}

export class ProbeClient {
  private readonly agent: Agent
  private readonly limiter: OriginLimiter
  /** Connection attempts in flight: tells a connect timeout from a slow response. */
  private readonly connecting = new Set<{ key: string; at: number }>()

  constructor(private readonly opts: ProbeClientOptions) {
    // 8: the input's default (action.yml), for callers that do not say.
    const concurrency = opts.concurrency ?? 8
    this.limiter = new OriginLimiter(concurrency)
    const base = buildConnector({
      timeout: opts.timeoutMs,
      ...(opts.lookup ? { lookup: opts.lookup } : {}),
    })
    this.agent = new Agent({
      // As many keep-alive connections per origin as requests may be in flight to it: each
      // request finds an idle socket, and the server never sees more connections than that.
      connections: concurrency,
      keepAliveTimeout: 30_000,
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
      connect: (o, cb) => {
        const attempt = {
          key: `${o.protocol}//${o.hostname}:${o.port || (o.protocol === 'https:' ? '443' : '80')}`,
          at: performance.now(),
        }
        this.connecting.add(attempt)
        // An attempt whose socket is torn down by an abort may never call back: drop it anyway.
        setTimeout(() => this.connecting.delete(attempt), opts.timeoutMs * 2).unref()
        base(o, (...args) => {
          this.connecting.delete(attempt)
          cb(...args)
        })
      },
    })
  }

  /**
   * Whether a connection to url's origin has been pending for most of this request's budget:
   * begun after the request started, and in its first half (a socket torn down by another
   * probe's abort reconnects late and explains nothing).
   */
  private connectingTo(url: URL, since: number): boolean {
    const key = originKey(url)
    const latest = since + this.opts.timeoutMs / 2
    for (const a of this.connecting)
      if (a.key === key && a.at >= since && a.at <= latest) return true
    return false
  }

  async close(): Promise<void> {
    await this.agent.destroy()
  }

  /**
   * Runs one probe; never throws. It first waits for a slot of its origin; its time (timeout
   * and latency) starts when it has one and the request is sent, so a probe queued behind
   * others is not failed for their time. The answer comes within the timeout whatever the
   * socket does: the attempt races a timer of our own and loses nothing but its late result.
   * The request itself is not aborted (an AbortSignal per request cost ~6% of the engine's
   * throughput, and an abort does not cut a pending connect anyway): a body in flight is
   * destroyed, and undici's own headers and connect timeouts, set to the same budget, free the
   * socket of a request still waiting.
   */
  async run(p: Probe, metric?: MetricContext): Promise<ProbeResult> {
    const origin = originKey(p.url)
    const release = this.limiter.tryAcquire(origin) ?? (await this.limiter.acquire(origin))
    const started = performance.now()
    const state: AttemptState = { url: p.url, headers: false, body: null, late: false, release }
    // One promise settled by whichever comes first (a race and a finally cost a few more per
    // probe, which showed in the round benchmark).
    return new Promise<ProbeResult>((resolve) => {
      const timer = setTimeout(() => {
        state.late = true
        if (state.body) discard(state.body)
        // undici's headers timeout runs on its coarse timers (lib/util/timers.js: 1 s
        // resolution), so a late attempt settles up to ~1.5 s after this. Should one never
        // settle, its slot still goes back: a hanging server must not stall the queue.
        setTimeout(() => state.release(), LATE_GRACE_MS).unref()
        const error: ErrorClass =
          !state.headers && this.connectingTo(state.url, started) ? 'connect-timeout' : 'timeout'
        resolve({
          probe: p.name,
          ok: false,
          latencyMs: performance.now() - started,
          error,
          message: describe(error, null, this.opts.timeoutMs),
        })
      }, this.opts.timeoutMs)
      // attempt() never rejects. The slot goes back when it settles, late or not: until undici
      // has freed the socket of a late request, the next probe would only wait inside undici
      // with its time running (all `connections` busy), and fail for a hang not its own.
      void this.attempt(p, started, state, metric).then((r) => {
        state.release()
        clearTimeout(timer)
        resolve(r) // after the deadline: nothing, its answer stands
      })
    })
  }

  /** Moves a redirect to `next`'s origin: the old slot goes back, the new one is asked first. */
  private async hop(state: AttemptState, next: URL): Promise<void> {
    if (originKey(next) === originKey(state.url)) return // the slot held serves it
    state.release()
    state.release = await this.limiter.acquire(originKey(next), true)
    if (state.late) {
      state.release()
      throw LATE
    }
  }

  private async attempt(
    p: Probe,
    started: number,
    state: AttemptState,
    metric?: MetricContext,
  ): Promise<ProbeResult> {
    const elapsed = () => performance.now() - started
    try {
      const first = firstRequest(p, metric)
      const headers = first.headers
      let { url, body } = first
      let method = p.method
      const redirects: string[] = []
      // Made at the first redirect: most probes have none, and this is per request.
      let seen: Set<string> | undefined
      for (;;) {
        state.url = url
        state.headers = false
        const res = await request(url, { method, headers, body, dispatcher: this.agent })
        state.headers = true
        state.body = res.body
        if (state.late) {
          discard(res.body) // the deadline already answered
          throw LATE
        }
        const location = res.headers.location
        const limit = p['follow-redirects']
        // follow-redirects 0 (the default): a redirect is the answer, judged like any other.
        if (limit > 0 && REDIRECT.has(res.statusCode) && typeof location === 'string') {
          await res.body.dump()
          const next = new URL(location, url)
          let nextMethod = method
          if (
            res.statusCode === 303 ||
            ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')
          )
            nextMethod = 'GET'
          // A request asked before gets the same answer again (no cookies are kept): a loop.
          // Said at once, rather than after `follow-redirects` more requests.
          seen ??= new Set([requestKey(method, url)])
          const loop = seen.has(requestKey(nextMethod, next))
          if (loop || redirects.length >= limit)
            return {
              probe: p.name,
              ok: false,
              status: res.statusCode,
              latencyMs: elapsed(),
              error: 'too-many-redirects',
              message: loop
                ? `a redirect loop: ${res.statusCode} back to ${redactUrl(next)}, asked before in this probe`
                : `more than ${limit} ${limit === 1 ? 'redirect' : 'redirects'} (follow-redirects: ${limit}): ${res.statusCode} to ${redactUrl(next)}`,
              ...(redirects.length ? { redirects } : {}),
            }
          seen.add(requestKey(nextMethod, next))
          if (next.origin !== url.origin)
            for (const k of Object.keys(headers)) if (isSensitiveHeader(k)) delete headers[k]
          if (nextMethod !== method) {
            method = nextMethod
            body = undefined
            delete headers['content-type']
          }
          await this.hop(state, next)
          url = next
          redirects.push(next.toString())
          continue
        }
        const read = await readBody(res.body, res.headers['content-encoding'])
        const latencyMs = elapsed()
        const where = {
          probe: p.name,
          status: res.statusCode,
          latencyMs,
          ...(redirects.length ? { redirects } : {}),
        }
        if ('encodingError' in read)
          return { ...where, ok: false, error: 'content-encoding', message: read.encodingError }
        const text = read.text
        const base = { ...where, evidence: text.slice(0, EVIDENCE) }
        if (read.tooLarge)
          return {
            ...base,
            ok: false,
            error: 'body-too-large',
            message: `the body is larger than ${MAX_BODY} bytes`,
          }
        if (p.metric) {
          const m = metricOutcome(p.metric, res.statusCode, text, metric?.baseline ?? null)
          return { ...base, ...m }
        }
        const failure = check(p, {
          status: res.statusCode,
          headers: res.headers,
          body: text,
          latencyMs,
        })
        return failure ? { ...base, ok: false, ...failure } : { ...base, ok: true }
      }
    } catch (e) {
      const error = classify(e, state.late)
      return {
        probe: p.name,
        ok: false,
        latencyMs: elapsed(),
        error,
        message: describe(error, e, this.opts.timeoutMs),
      }
    }
  }
}
