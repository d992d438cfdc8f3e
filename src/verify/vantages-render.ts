// The vantages as people read them: one table row per vantage (verdict, failing probes, p95),
// for the fan-in's job summary and the incident issue. Pure: the view in, markdown out. Vantage
// and probe names come from files a matrix job wrote, so they are neutralised like any other
// untrusted text.

import { clip, code, md, table } from '../report/markdown.js'
import { count } from '../report/text.js'
import type { VantageView } from './vantages.js'

const VERDICT = { healthy: '🟢 healthy', failing: '🔴 failing', cancelled: '⚪ cancelled' } as const

/** Every vantage in a row; at most 10 failing probes named per vantage, the rest counted. */
export function vantageTable(v: VantageView): string {
  const rows = v.rows.map((r) => {
    const named = r.failing.slice(0, 10).map((p) => code(clip(p, 60)))
    const more = r.failing.length > 10 ? ` and ${count(r.failing.length - 10)} more` : ''
    return [
      md(clip(r.vantage, 64)),
      `${VERDICT[r.verdict]}${r.severity ? ` (${r.severity})` : ''}`,
      named.length ? `${named.join(', ')}${more}` : '',
      `${count(r.p95Ms)} ms`,
    ]
  })
  return table(['Vantage', 'Verdict', 'Failing probes', 'p95'], rows)
}

const SCOPE = {
  everywhere: 'everywhere',
  partial: 'partial: the release failed',
  regional: 'regional: not the release, not rolled back',
} as const

/** The heading line and the table, for a summary or an issue section. */
export function vantagesMarkdown(v: VantageView): string {
  const scope = v.scope ? `Scope: **${SCOPE[v.scope]}**. ` : ''
  return [
    `${scope}${md(clip(v.reason, 2000))}. Quorum: ${v.needed} of ${v.counted} (${md(v.quorum)}).`,
    '',
    vantageTable(v),
  ].join('\n')
}

/** The fan-in's summary when no failure branch ran (healthy, or a regional problem). */
export function fanInSummary(
  v: VantageView,
  what: { target: string; environment: string; issue: string | null },
): string {
  const icon = v.scope === null ? '🟢' : '🟠'
  const head =
    v.scope === null
      ? `${md(what.target)} on ${md(what.environment)} is healthy from every vantage`
      : `${md(what.target)} on ${md(what.environment)} fails from some vantages only: a regional problem (${v.severity}), not rolled back`
  return [
    `### ${icon} ${head}`,
    '',
    vantagesMarkdown(v),
    '',
    ...(what.issue ? [what.issue, ''] : []),
    "Each vantage's rounds and probes are in its own job's summary and report.",
  ].join('\n')
}
