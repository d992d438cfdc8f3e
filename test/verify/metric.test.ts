// Reading Prometheus answers, against answers recorded from a real Prometheus 2.42 (Debian's
// package, test/helpers/prometheus.ts; fixtures/prometheus/), and judging values.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { baselineLimit, formatValue, judgeMetric, readAnswer } from '../../src/verify/metric.js'
import { ROOT } from '../helpers/action.js'

const recorded = (name: string) =>
  readFileSync(join(ROOT, 'test', 'verify', 'fixtures', 'prometheus', `${name}.json`), 'utf8')

test('one series: its value', () => {
  const r = readAnswer(200, recorded('vector-one'))
  expect(r).toEqual({ ok: true, value: expect.closeTo(0.02, 6) })
})

test('a scalar: its value; NaN fails with a reason', () => {
  expect(readAnswer(200, recorded('scalar'))).toMatchObject({ ok: true })
  expect(readAnswer(200, recorded('scalar-nan'))).toEqual({
    ok: false,
    error: 'metric-not-finite',
    message: 'the value is NaN (a division by zero: no traffic?)',
  })
})

test('no series is no data, not a failure of the answer', () => {
  expect(readAnswer(200, recorded('vector-empty'))).toEqual({ ok: true, value: null })
})

test('two series fail, naming them and how to fix the query', () => {
  const r = readAnswer(200, recorded('vector-two'))
  expect(r).toMatchObject({ ok: false, error: 'metric-series' })
  if (!r.ok) {
    expect(r.message).toMatch(/^the query gives 2 series, not one \(\{code="(200|500)"/)
    expect(r.message).toContain('aggregate it, e.g. with sum()')
  }
})

test('a range (matrix) and a string fail with what to change', () => {
  expect(readAnswer(200, recorded('matrix'))).toMatchObject({
    ok: false,
    error: 'prometheus-answer',
    message: expect.stringContaining('drop the [range]'),
  })
  expect(readAnswer(200, recorded('string'))).toMatchObject({
    ok: false,
    error: 'prometheus-answer',
  })
})

test("Prometheus's own error keeps its errorType and message, whatever the HTTP status", () => {
  expect(readAnswer(400, recorded('error-parse'))).toEqual({
    ok: false,
    error: 'prometheus-error',
    message: 'bad_data: invalid parameter "query": 1:34: parse error: unclosed left parenthesis',
  })
})

test('not Prometheus: an HTML error page, a 200 that is not JSON, a 502 with JSON but no status', () => {
  expect(readAnswer(502, '<html>Bad Gateway</html>')).toEqual({
    ok: false,
    error: 'prometheus-http',
    message: 'HTTP 502 without a Prometheus answer',
  })
  expect(readAnswer(200, 'ok')).toMatchObject({ error: 'prometheus-answer' })
  expect(readAnswer(502, '{}')).toMatchObject({ error: 'prometheus-http', message: 'HTTP 502' })
  expect(readAnswer(200, '{"status":"success","data":{"resultType":"vector"}}')).toMatchObject({
    error: 'prometheus-answer',
  })
})

test('below and above are strict; the baseline allows a relative or an absolute increase', () => {
  expect(judgeMetric(0.01, { below: 0.01 }, null)).toMatchObject({
    ok: false,
    message: '0.01 is not below 0.01',
  })
  expect(judgeMetric(0.009, { below: 0.01 }, null).ok).toBe(true)
  expect(judgeMetric(5, { above: 5 }, null).ok).toBe(false)
  // 2% before, +50%: 3% is the limit; 6.1% fails while `below: 0.1` still holds.
  const rise = { below: 0.1, baseline: { beforeMs: 600_000, maxIncrease: { percent: 50 } } }
  expect(judgeMetric(0.061, rise, 0.02)).toEqual({
    ok: false,
    limit: expect.closeTo(0.03, 9),
    message: '0.061 against 0.02 before the release: more than 50% higher (limit 0.03)',
  })
  expect(judgeMetric(0.029, rise, 0.02)).toMatchObject({ ok: true })
  const absolute = { baseline: { beforeMs: 1, maxIncrease: { absolute: 0.25 } } }
  expect(baselineLimit(0.5, absolute.baseline.maxIncrease)).toBe(0.75)
  expect(judgeMetric(0.76, absolute, 0.5).ok).toBe(false)
})

test('no baseline data (a first deploy): the baseline check is skipped', () => {
  const j = judgeMetric(9, { baseline: { beforeMs: 1, maxIncrease: { percent: 10 } } }, null)
  expect(j).toEqual({ ok: true, message: '9' })
})

test('values print with enough digits to compare', () => {
  expect(formatValue(0.020000000000000004)).toBe('0.02')
  expect(formatValue(1250)).toBe('1,250')
  expect(formatValue(3.2e-7)).toBe('3.20e-7')
  expect(formatValue(0)).toBe('0')
})
