// The metric probe of the probes YAML (SPEC.md, "Probes YAML"): a Prometheus instant query per
// round, its value held to `below`, `above` and a baseline from before the release.
//
//   - name: error-rate
//     prometheus: { url: http://prometheus:9090, query: "...", headers: {...} }
//     expect: { below: 0.01, baseline: { before: 10m, max-increase: 50% } }
//     no-data: fail

import { z } from 'zod'
import { durationField, httpUrlField } from '../config/fields.js'
import type { MaxIncrease, MetricExpect } from './metric.js'

const maxIncrease = z
  .union([z.number(), z.string()], {
    error: 'expected a percentage ("50%") or a number (0.02)',
  })
  .transform((v, ctx): MaxIncrease => {
    if (typeof v === 'number') {
      if (Number.isFinite(v) && v >= 0) return { absolute: v }
    } else {
      const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(v)
      if (m) return { percent: Number(m[1]) }
      const n = Number(v)
      if (v.trim() !== '' && Number.isFinite(n) && n >= 0) return { absolute: n }
    }
    ctx.addIssue({
      code: 'custom',
      message: `expected a percentage ("50%") or a number not below 0 (0.02), got ${JSON.stringify(v)}`,
    })
    return z.NEVER
  })

const finite = (what: string) =>
  z.number({ error: `expected a number (${what})` }).refine(Number.isFinite, 'must be finite')

export const metricExpectSchema = z
  .strictObject({
    below: finite('the value must stay below it').optional(),
    above: finite('the value must stay above it').optional(),
    baseline: z
      .strictObject({
        before: durationField.refine((ms) => ms > 0, 'must be longer than 0'),
        'max-increase': maxIncrease,
      })
      .optional(),
  })
  .superRefine((e, ctx) => {
    if (e.below === undefined && e.above === undefined && e.baseline === undefined)
      ctx.addIssue({
        code: 'custom',
        message:
          'give "below", "above" or "baseline": a metric probe needs something to hold the value to',
      })
    if (e.below !== undefined && e.above !== undefined && e.above >= e.below)
      ctx.addIssue({
        code: 'custom',
        path: ['above'],
        message: `no value is above ${e.above} and below ${e.below}`,
      })
  })

const prometheusUrl = httpUrlField(
  'required: the Prometheus server, e.g. http://prometheus:9090',
  true,
)

/** The `prometheus:` block; `headers` are validated like an HTTP probe's (passed in). */
export function prometheusSchema<H extends z.ZodType>(headers: H) {
  return z.strictObject(
    {
      url: prometheusUrl,
      query: z.string({ error: 'required: the PromQL query' }).trim().min(1, 'must not be empty'),
      headers,
    },
    { error: 'expected { url, query, headers? }' },
  )
}

export const noDataSchema = z
  .enum(['fail', 'pass'], { error: 'expected fail or pass' })
  .default('fail')

export interface Metric {
  /** The PromQL query, asked at the start of each round. */
  query: string
  expect: MetricExpect
  noData: 'fail' | 'pass'
}

/** The query parameters of a metric probe's request: the PromQL and the time, never secrets. */
export const METRIC_PARAMS = ['query', 'time'] as const

/** The instant-query endpoint under a server URL (keeping a path prefix such as /prometheus). */
export function queryUrl(server: URL): URL {
  const u = new URL(server)
  u.pathname = `${u.pathname.replace(/\/+$/, '')}/api/v1/query`
  return u
}

export function metricOf(p: {
  prometheus: { query: string }
  expect: z.infer<typeof metricExpectSchema>
  'no-data': 'fail' | 'pass'
}): Metric {
  const b = p.expect.baseline
  return {
    query: p.prometheus.query,
    expect: {
      below: p.expect.below,
      above: p.expect.above,
      baseline: b ? { beforeMs: b.before, maxIncrease: b['max-increase'] } : undefined,
    },
    noData: p['no-data'],
  }
}
