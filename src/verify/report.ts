// The verification as people read it: one log line a round, per-probe detail, the job summary
// with the verdict first, a table per probe and charts; and the redacted JSON report.

import { iso } from '../report/time.js'
import { clip, code, md, table } from '../report/markdown.js'
import { Redactor, redactHeaders } from '../report/redact.js'
import { fitSummary, summarySize, VERIFY_SUMMARY_BUDGET } from '../report/summary-size.js'
import { count } from '../report/text.js'
import { metricChart, percentile, verifyCharts } from './charts.js'
import { METRIC_PARAMS, type Metric } from './metric-schema.js'
import type { Baseline, VerifyConfig } from './probing.js'
import type { Probe } from './probe-schema.js'
import type { Verification } from './run.js'
import { plannedRounds, type AnalysisConfig, type Round } from './verdict.js'

const ms = (x: number) => `${Math.round(x)} ms`

export function roundLine(r: Round, c: AnalysisConfig): string {
  const passing = r.results.filter((x) => x.ok).length
  const planned = plannedRounds(c)
  const of = r.number <= planned ? `${r.number}/${planned}` : `${r.number} (past the soak)`
  const failed = r.results.filter((x) => !x.ok).map((x) => `${x.probe}: ${x.error}`)
  return `round ${of}  ${passing}/${r.results.length} passing  p95 ${ms(
    percentile(
      r.results.map((x) => x.latencyMs),
      95,
    ),
  )}  took ${ms(r.endedAt - r.startedAt)}${failed.length ? `  failed: ${failed.join(', ')}` : ''}`
}

export interface VerifyReport {
  command: 'verify'
  /** What was verified: the new release, or the one restored by a rollback. */
  target: string
  environment: string
  startedAt: string
  endedAt: string
  config: VerifyConfig
  probes: {
    name: string
    method: string
    url: string
    headers: Record<string, string>
    critical: boolean
    /** A metric probe's query, expectations and value before the release. */
    metric?: {
      query: string
      expect: Metric['expect']
      noData: Metric['noData']
      baseline: { at: string; value: number | null; note: string } | null
    }
  }[]
  verdict: Verification['verdict']
  rounds: {
    number: number
    startedAt: string
    /**
     * The round's wall time, first request queued to last answer (probes wait their turn per
     * origin, so it grows with the probes). Optional: reports built by hand (fixtures) skip it.
     */
    wallMs?: number
    passed: boolean
    results: Round['results']
  }[]
}

/** The report with every secret removed: URLs, sensitive headers, and known values in bodies. */
export function buildVerifyReport(
  v: Verification,
  probes: Probe[],
  c: VerifyConfig,
  meta: { target: string; environment: string },
  redactor: Redactor,
  baselines: ReadonlyMap<string, Baseline> = new Map(),
): VerifyReport {
  return redactor.deep({
    command: 'verify',
    target: meta.target,
    environment: meta.environment,
    startedAt: iso(v.startedAt),
    endedAt: iso(v.endedAt),
    config: c,
    probes: probes.map((p) => ({
      name: p.name,
      method: p.method,
      url: redactor.url(p.url, p.metric ? METRIC_PARAMS : []),
      headers: redactHeaders(p.headers),
      critical: p.critical,
      ...(p.metric ? { metric: metricReport(p.metric, baselines.get(p.name)) } : {}),
    })),
    verdict: v.verdict,
    rounds: v.rounds.map((r) => ({
      number: r.number,
      startedAt: iso(r.startedAt),
      wallMs: r.endedAt - r.startedAt,
      passed: r.passed,
      results: r.results.map((x) => ({
        ...x,
        ...(x.redirects ? { redirects: x.redirects.map((u) => redactor.url(u)) } : {}),
      })),
    })),
  })
}

function metricReport(
  m: Metric,
  b: Baseline | undefined,
): NonNullable<VerifyReport['probes'][number]['metric']> {
  return {
    query: m.query,
    expect: m.expect,
    noData: m.noData,
    baseline: b ? { at: iso(b.at), value: b.value, note: b.note } : null,
  }
}

export interface ProbeStats {
  name: string
  passed: number
  failed: number
  p50: number
  p95: number
  last?: Round['results'][number]
}

export function probeStats(report: VerifyReport): ProbeStats[] {
  return report.probes.map((p) => {
    const results = report.rounds.flatMap((r) => r.results.filter((x) => x.probe === p.name))
    const lat = results.map((x) => x.latencyMs)
    return {
      name: p.name,
      passed: results.filter((x) => x.ok).length,
      failed: results.filter((x) => !x.ok).length,
      p50: percentile(lat, 50),
      p95: percentile(lat, 95),
      last: [...results].reverse().find((x) => !x.ok),
    }
  })
}

/**
 * The verdict as one plain-text sentence, for the log, the step's error and the CLI: nothing is
 * escaped there, so `prod_eu` reads `prod_eu` (markdown would be shown backslashes and all).
 */
export function verdictText(r: VerifyReport): string {
  return verdict(r, (s) => s)
}

/**
 * The same sentence for the job summary: the target, the environment and the reason (which
 * quotes what the service answered) are neutralised for markdown, the reason clipped.
 */
export function verdictMarkdown(r: VerifyReport): string {
  return verdict(r, md, (reason) => md(clip(reason, 2000)))
}

function verdict(
  r: VerifyReport,
  escape: (s: string) => string,
  reasonText: (s: string) => string = escape,
): string {
  const v = r.verdict
  const what = `${escape(r.target)} on ${escape(r.environment)}`
  const reason = reasonText(v.reason)
  if (v.healthy) return `${what} is healthy: ${reason}`
  if (v.outcome === 'cancelled') return `Verification of ${what} was cancelled: ${reason}`
  return `${what} is unhealthy (${v.severity}): ${reason}`
}

/** One probe's row: its name and last error clipped, the evidence's start in a code span. */
function probeRow(s: ProbeStats): string[] {
  const last = s.last
  return [
    md(clip(s.name, 100)),
    String(s.passed),
    String(s.failed),
    ms(s.p50),
    ms(s.p95),
    last
      ? `${code(last.error ?? '')} ${md(clip(last.message ?? '', 300))}${last.evidence ? `<br>${code(clip(last.evidence, 200))}` : ''}`
      : '',
  ]
}

/**
 * The summary of a verification within `budget` bytes (see src/report/summary-size.ts): the
 * verdict, the rounds, a row per probe and the charts. When the rows do not all fit, the failing
 * probes come first and the rest are counted; the report file has every one.
 */
export function renderVerifySummary(r: VerifyReport, budget = VERIFY_SUMMARY_BUDGET): string {
  const icon = r.verdict.healthy ? '🟢' : r.verdict.outcome === 'cancelled' ? '⚪' : '🔴'
  const strip = r.rounds.map((round) => (round.passed ? '✅' : '❌')).join('')
  const head = [
    `### ${icon} ${verdictMarkdown(r)}`,
    '',
    `Rounds: ${strip || '(none)'} · interval ${r.config.intervalMs} ms · soak ${r.config.durationMs} ms · thresholds ${r.config.failureThreshold} failed / ${r.config.successThreshold} passed`,
    '',
  ]
  const tail = [
    '',
    ...verifyCharts(r.rounds, r.probes.length),
    ...r.probes.flatMap((p) => (p.metric ? ['', ...metricChart(p.name, p.metric, r.rounds)] : [])),
    '',
  ]
  const columns = ['Probe', 'Passed', 'Failed', 'p50', 'p95', 'Last error']
  const stats = probeStats(r)
  let rows = stats.map(probeRow)
  const whole = [...head, table(columns, rows), ...tail].join('\n')
  if (summarySize(whole) <= budget) return whole

  // Failing probes first, then as many rows as the budget holds after the rest and the note.
  const order = stats
    .map((x, i) => i)
    .sort((a, b) => Number(stats[b]!.failed > 0) - Number(stats[a]!.failed > 0))
  rows = order.map((i) => rows[i]!)
  const note = (left: number) =>
    `_… ${count(left)} more probe rows left out to keep the job summary under GitHub's 1 MiB limit; the whole report is in the report file (the \`report\` output)._`
  let room =
    budget - summarySize([...head, table(columns, []), '', note(rows.length), ...tail].join('\n'))
  let shown = 0
  for (; shown < rows.length; shown++) {
    room -= summarySize(`| ${rows[shown]!.join(' | ')} |`) + 2
    if (room < 0) break
  }
  const out = [...head, table(columns, rows.slice(0, shown)), '', note(rows.length - shown), ...tail].join('\n') // prettier-ignore
  // Only a header or charts past any sensible size get here: cut, never over the limit.
  return fitSummary(out, budget)
}
