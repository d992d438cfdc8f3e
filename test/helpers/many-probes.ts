// A verification with thousands of probes, every one failing behind an nginx 502 page: the
// largest job summary a real run writes (issue 11 measured 1.77 MB for 5,000 probes).
import { decide, type Round } from '../../src/verify/verdict.js'
import type { VerifyReport } from '../../src/verify/report.js'
import { CONFIG } from '../incident/render-fixtures.js'
import { NGINX_502 } from './hostile.js'

const config = CONFIG

export function manyFailingProbes(n: number, name = (i: number) => `probe-${i}`): VerifyReport {
  const t0 = Date.parse('2026-12-01T10:00:00Z')
  const names = Array.from({ length: n }, (_, i) => name(i))
  const rounds: Round[] = [1, 2, 3].map((number) => ({
    number,
    startedAt: t0 + (number - 1) * config.intervalMs,
    endedAt: t0 + (number - 1) * config.intervalMs + 40,
    passed: false,
    results: names.map((probe) => ({
      probe,
      ok: false,
      status: 502,
      latencyMs: 31,
      error: 'http-status' as const,
      message: 'expected status 200-399, got 502',
      evidence: NGINX_502,
    })),
  }))
  const verdict = decide(config, rounds, new Set(names.slice(0, 1)))!
  return {
    command: 'verify',
    target: 'release abc1234',
    environment: 'production',
    startedAt: new Date(t0).toISOString(),
    endedAt: new Date(t0 + 20_040).toISOString(),
    config,
    probes: names.map((p, i) => ({
      name: p,
      method: 'GET',
      url: `https://shop.example.com/p/${i}`,
      headers: {},
      critical: i === 0,
    })),
    verdict,
    rounds: rounds.map((r) => ({
      number: r.number,
      startedAt: new Date(r.startedAt).toISOString(),
      passed: r.passed,
      results: r.results,
    })),
  }
}
