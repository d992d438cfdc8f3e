// Metric probes, the pure part: what an answer of Prometheus's HTTP API says, and whether its
// value passes the probe's expectations. No I/O: the probe engine asks, this reads.
//
// The API (https://prometheus.io/docs/prometheus/latest/querying/api/): every answer is JSON
// `{status: "success"|"error", data?, errorType?, error?}`; errors come with a 4xx/5xx status
// (400 bad_data for a query that does not parse, 422 execution, 503 timeout). An instant query's
// `data` is `{resultType, result}`: `scalar` is `[time, "value"]`, `vector` a list of
// `{metric, value: [time, "value"]}`, and values are strings, "NaN" and "+Inf" included.
// Thanos, Mimir, VictoriaMetrics and Amazon Managed Prometheus answer the same.

export type MetricError =
  | 'prometheus-error'
  | 'prometheus-http'
  | 'prometheus-answer'
  | 'metric-series'
  | 'metric-not-finite'

export type Reading =
  { ok: true; value: number | null } | { ok: false; error: MetricError; message: string }

const fail = (error: MetricError, message: string): Reading => ({ ok: false, error, message })

/** One sample, or no data (value null), or why the answer is not one sample. */
export function readAnswer(status: number, body: string): Reading {
  let answer: unknown
  try {
    answer = JSON.parse(body)
  } catch {
    return status === 200
      ? fail('prometheus-answer', 'the answer is not JSON')
      : fail('prometheus-http', `HTTP ${status} without a Prometheus answer`)
  }
  const a = answer as { status?: unknown; errorType?: unknown; error?: unknown; data?: unknown }
  if (a?.status === 'error')
    return fail(
      'prometheus-error',
      `${typeof a.errorType === 'string' ? a.errorType : 'error'}: ${typeof a.error === 'string' ? a.error : 'no message'}`,
    )
  if (status !== 200) return fail('prometheus-http', `HTTP ${status}`)
  if (a?.status !== 'success')
    return fail('prometheus-answer', 'the answer has no status "success"')
  const data = a.data as { resultType?: unknown; result?: unknown } | undefined
  switch (data?.resultType) {
    case 'scalar':
      return sample(data.result)
    case 'vector': {
      const series = Array.isArray(data.result) ? data.result : null
      if (!series) return fail('prometheus-answer', 'a vector answer without a result list')
      if (series.length === 0) return { ok: true, value: null }
      if (series.length > 1)
        return fail(
          'metric-series',
          `the query gives ${series.length} series, not one (${series
            .slice(0, 3)
            .map((s) => labels((s as { metric?: unknown }).metric))
            .join(', ')}${series.length > 3 ? ', ...' : ''}); aggregate it, e.g. with sum()`,
        )
      return sample((series[0] as { value?: unknown }).value)
    }
    case 'matrix':
      return fail(
        'prometheus-answer',
        'the query gives a range (matrix); a metric probe needs one value: drop the [range] or wrap it in a function such as rate()',
      )
    default:
      return fail('prometheus-answer', `unexpected result type ${JSON.stringify(data?.resultType)}`)
  }
}

function sample(pair: unknown): Reading {
  if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[1] !== 'string')
    return fail('prometheus-answer', 'a sample that is not [time, "value"]')
  const value = Number(pair[1])
  if (!Number.isFinite(value))
    return fail('metric-not-finite', `the value is ${pair[1]} (a division by zero: no traffic?)`)
  return { ok: true, value }
}

function labels(metric: unknown): string {
  const entries = Object.entries((metric ?? {}) as Record<string, unknown>)
  return `{${entries.map(([k, v]) => `${k}="${String(v)}"`).join(', ')}}`
}

export interface MetricExpect {
  below?: number | undefined
  above?: number | undefined
  baseline?: { beforeMs: number; maxIncrease: MaxIncrease } | undefined
}

/** `50%` (relative to the baseline) or a plain number (added to it). */
export type MaxIncrease = { percent: number } | { absolute: number }

export interface Judgement {
  ok: boolean
  /** Why it failed, or what passed, in a sentence. */
  message: string
  /** The highest value that passes the baseline check, when there is one. */
  limit?: number
}

/** "0.0612", "1,250", "3.2e-7": enough digits to compare, no more. */
export function formatValue(v: number): string {
  if (v !== 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e9)) return v.toPrecision(3)
  return Number(v.toPrecision(4)).toLocaleString('en-US', { maximumFractionDigits: 6 })
}

export function baselineLimit(baseline: number, m: MaxIncrease): number {
  return 'percent' in m ? baseline * (1 + m.percent / 100) : baseline + m.absolute
}

/**
 * Does `value` meet `expect`? `baseline` is the same query before the release (null: no data
 * then, as on a first deploy, and the baseline check is skipped).
 */
export function judgeMetric(
  value: number,
  expect: MetricExpect,
  baseline: number | null,
): Judgement {
  const v = formatValue(value)
  if (expect.below !== undefined && !(value < expect.below))
    return { ok: false, message: `${v} is not below ${formatValue(expect.below)}` }
  if (expect.above !== undefined && !(value > expect.above))
    return { ok: false, message: `${v} is not above ${formatValue(expect.above)}` }
  if (expect.baseline && baseline !== null) {
    const limit = baselineLimit(baseline, expect.baseline.maxIncrease)
    const by =
      'percent' in expect.baseline.maxIncrease
        ? `${expect.baseline.maxIncrease.percent}%`
        : formatValue(expect.baseline.maxIncrease.absolute)
    if (value > limit)
      return {
        ok: false,
        limit,
        message: `${v} against ${formatValue(baseline)} before the release: more than ${by} higher (limit ${formatValue(limit)})`,
      }
    return { ok: true, limit, message: `${v} against ${formatValue(baseline)} before the release` }
  }
  return { ok: true, message: v }
}

export interface MetricOutcome {
  ok: boolean
  error?: MetricError | 'no-data' | 'metric-threshold'
  message: string
  /** The sample, or null for no data. */
  value?: number | null
}

/**
 * One round of a metric probe: the answer read, then held to the expectations. `baseline` is
 * the value before the release (null: none, and the baseline check is skipped).
 */
export function metricOutcome(
  m: { expect: MetricExpect; noData: 'fail' | 'pass' },
  status: number,
  body: string,
  baseline: number | null,
): MetricOutcome {
  const r = readAnswer(status, body)
  if (!r.ok) return { ok: false, error: r.error, message: r.message }
  if (r.value === null)
    return m.noData === 'pass'
      ? { ok: true, value: null, message: 'no data (no-data: pass)' }
      : {
          ok: false,
          error: 'no-data',
          value: null,
          message: 'the query gave no data (no-data: fail)',
        }
  const j = judgeMetric(r.value, m.expect, baseline)
  return j.ok
    ? { ok: true, value: r.value, message: j.message }
    : { ok: false, error: 'metric-threshold', value: r.value, message: j.message }
}
