// Checks one HTTP response against a probe's expectations. Pure: the HTTP adapter hands over
// what it saw, and every failure says what was expected and what was seen.

import type { PathStep, Probe } from './probe-schema.js'

export interface Seen {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  latencyMs: number
}

export interface Failure {
  error: 'http-status' | 'assertion'
  message: string
}

const snippet = (s: string, n = 80) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s)

export function lookup(value: unknown, steps: PathStep[]): { found: boolean; value?: unknown } {
  let cur: unknown = value
  for (const step of steps) {
    if (typeof step === 'number') {
      if (!Array.isArray(cur) || step >= cur.length) return { found: false }
      cur = cur[step]
    } else {
      if (
        cur === null ||
        typeof cur !== 'object' ||
        Array.isArray(cur) ||
        !Object.hasOwn(cur, step)
      )
        return { found: false }
      cur = (cur as Record<string, unknown>)[step]
    }
  }
  return { found: true, value: cur }
}

/** JSON equality by value and type: 1 is not "1", and key order does not matter. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    return a.length === bb.length && a.every((x, i) => sameJson(x, bb[i]))
  }
  const ka = Object.keys(a as object)
  const kb = Object.keys(b as object)
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b as object, k) &&
        sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  )
}

function header(h: Seen['headers'], name: string): string | undefined {
  const key = Object.keys(h).find((k) => k.toLowerCase() === name.toLowerCase())
  const v = key === undefined ? undefined : h[key]
  return Array.isArray(v) ? v.join(', ') : v
}

/** The first failed expectation, or null when the response meets them all. */
export function check(probe: Probe, seen: Seen): Failure | null {
  const e = probe.expect
  if (!e.status.test(seen.status))
    return { error: 'http-status', message: `expected status ${e.status.text}, got ${seen.status}` }
  if (e['body-contains'] !== undefined && !seen.body.includes(e['body-contains']))
    return {
      error: 'assertion',
      message: `expected the body to contain ${snippet(e['body-contains'])}, got ${snippet(seen.body)}`,
    }
  if (e['body-matches'] && !e['body-matches'].test(seen.body))
    return {
      error: 'assertion',
      message: `expected the body to match /${e['body-matches'].source}/, got ${snippet(seen.body)}`,
    }
  if (e.json && e.json.length > 0) {
    let doc: unknown
    try {
      doc = JSON.parse(seen.body)
    } catch {
      return { error: 'assertion', message: `expected a JSON body, got ${snippet(seen.body)}` }
    }
    for (const { path, steps, value } of e.json) {
      const got = lookup(doc, steps)
      if (!got.found)
        return {
          error: 'assertion',
          message: `expected ${path} to be ${JSON.stringify(value)}, but it is missing`,
        }
      if (!sameJson(got.value, value))
        return {
          error: 'assertion',
          message: `expected ${path} to be ${JSON.stringify(value)}, got ${JSON.stringify(got.value)}`,
        }
    }
  }
  for (const [name, want] of Object.entries(e.header ?? {})) {
    const got = header(seen.headers, name)
    if (got === undefined || !got.toLowerCase().includes(want.toLowerCase()))
      return {
        error: 'assertion',
        message: `expected header ${name} to contain ${snippet(want)}, got ${got === undefined ? 'no such header' : snippet(got)}`,
      }
  }
  if (e['max-latency'] !== undefined && seen.latencyMs > e['max-latency'])
    return {
      error: 'assertion',
      message: `expected latency <= ${e['max-latency']} ms, got ${Math.round(seen.latencyMs)} ms`,
    }
  return null
}
