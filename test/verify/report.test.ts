// The verdict sentence in its two forms: plain text for the log, the step's error and the CLI,
// markdown for the job summary.
import { renderVerifySummary, verdictMarkdown, verdictText } from '../../src/verify/report.js'
import { failedReport } from '../incident/render-fixtures.js'

const on = (environment: string, target = 'release abc1234') => ({
  ...failedReport(),
  target,
  environment,
})

test('the log sentence is plain text: prod_eu reads prod_eu', () => {
  const text = verdictText(on('prod_eu'))
  expect(text).toBe(
    `release abc1234 on prod_eu is unhealthy (P1): ${failedReport().verdict.reason}`,
  )
  expect(text).not.toContain('\\')
})

test('the summary sentence neutralises the names for markdown', () => {
  expect(verdictMarkdown(on('prod_eu'))).toMatch(/^release abc1234 on prod\\_eu is unhealthy/)
  expect(verdictMarkdown(on('<b>eu</b>', 'release *1*'))).toMatch(
    /^release \\\*1\\\* on &lt;b&gt;eu&lt;\/b&gt; is unhealthy/,
  )
  expect(renderVerifySummary(on('prod_eu')).split('\n')[0]).toBe(
    `### 🔴 ${verdictMarkdown(on('prod_eu'))}`,
  )
})

test('healthy and cancelled say so, in both forms', () => {
  const healthy = on('prod_eu')
  healthy.verdict = { ...healthy.verdict, healthy: true, outcome: 'healthy', severity: null, reason: '3/3 probes passed' } // prettier-ignore
  expect(verdictText(healthy)).toBe('release abc1234 on prod_eu is healthy: 3/3 probes passed')
  expect(verdictMarkdown(healthy)).toBe(
    'release abc1234 on prod\\_eu is healthy: 3/3 probes passed',
  )
  const cancelled = on('prod_eu')
  cancelled.verdict = { ...cancelled.verdict, outcome: 'cancelled', severity: null, reason: 'no verdict.' } // prettier-ignore
  expect(verdictText(cancelled)).toBe(
    'Verification of release abc1234 on prod_eu was cancelled: no verdict.',
  )
})
