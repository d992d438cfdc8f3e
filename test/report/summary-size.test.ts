// Job summaries under GitHub's 1 MiB limit for a step, with what was left out counted, and the
// structure intact as a GFM parser that is not ours reads it. The largest real case: 5,000
// probes failing behind an nginx 502 page, the restored release verified with the same 5,000,
// and an issue that could not be written (so the summary holds it in full). Before the cap that
// summary was 1,542,745 bytes (the failed verification's part alone 1,318,343), and 2,651,484
// when the restored release failed too; GitHub drops a summary that size whole. Now 908,612 and
// 912,590.
import fc from 'fast-check'
import { failureSummary } from '../../src/commands/failure-summary.js'
import {
  fitSummary,
  STEP_SUMMARY_LIMIT,
  summarySize,
  VERIFY_SUMMARY_BUDGET,
  WINDOW_SUMMARY_BUDGET,
} from '../../src/report/summary-size.js'
import { renderVerifySummary, type VerifyReport } from '../../src/verify/report.js'
import { decideWindow } from '../../src/window/decide.js'
import { renderWindowSummary } from '../../src/window/render.js'
import { incident } from '../incident/render-fixtures.js'
import { runs } from '../helpers/fuzz.js'
import { HOSTILE_ALL } from '../helpers/hostile.js'
import { manyFailingProbes } from '../helpers/many-probes.js'
import { judge } from '../helpers/markdown-oracle.js'
import { at, scopeOf } from '../helpers/policy.js'

const LEFT_OUT = /_… ([\d,]+) more probe rows left out to keep the job summary under GitHub's 1 MiB limit; the whole report is in the report file \(the `report` output\)\._/g // prettier-ignore
const leftOut = (md: string) =>
  [...md.matchAll(LEFT_OUT)].map((m) => Number(m[1]!.replace(/,/g, '')))

function restoredOf(v: VerifyReport): VerifyReport {
  return {
    ...v,
    verdict: { ...v.verdict, healthy: true, outcome: 'healthy', severity: null, reason: 'all passed.' }, // prettier-ignore
    rounds: v.rounds.map((r) => ({
      ...r,
      passed: true,
      results: r.results.map((x) => ({ probe: x.probe, ok: true, status: 200, latencyMs: 20 })),
    })),
  }
}

const failed = manyFailingProbes(5000)

test('5,000 failing probes: the verification summary fits, the rows left out are counted', () => {
  const md = renderVerifySummary(failed)
  expect(summarySize(md)).toBeLessThanOrEqual(VERIFY_SUMMARY_BUDGET)
  const seen = judge(md, { headingOk: (h) => h.startsWith('### 🔴 '), fences: ['mermaid'] })
  expect(seen.problems).toEqual([])
  expect(seen.tables).toHaveLength(1)
  const shown = seen.tables[0]!.rows.length - 1
  expect(shown).toBeGreaterThan(1000)
  expect(leftOut(md)).toEqual([5000 - shown])
  // the verdict names ten probes and counts the rest, instead of 300,000 characters of them
  expect(failed.verdict.reason).toMatch(/, and 4,990 more probes\.$/)
  expect(seen.headings[0]!.length).toBeLessThan(3000)
})

test('5,000 probes failed and restored, the issue in full: the whole summary fits', () => {
  const input = incident({
    verification: failed,
    rollback: { state: 'recovered', strategy: 'command', detail: 'done', restore: restoredOf(failed) }, // prettier-ignore
  })
  const md = failureSummary({ failed, incident: input, issue: null, issueError: 'issue: false', redact: (t) => t }) // prettier-ignore
  expect(summarySize(md)).toBeLessThanOrEqual(VERIFY_SUMMARY_BUDGET)
  expect(Buffer.byteLength(md)).toBeLessThan(STEP_SUMMARY_LIMIT)
  const seen = judge(md, {
    headingOk: (h) => /^#{2,4} /.test(h),
    fences: ['mermaid', 'text'],
    blockquotes: true,
  })
  expect(seen.problems).toEqual([])
  // both verifications are there, every probe a row or counted; the issue follows whole
  expect(seen.headings.filter((h) => /^### (🔴|🟢) /.test(h))).toHaveLength(2)
  const probeTables = seen.tables.filter((t) => t.columns === 6).slice(0, 2)
  const rows = probeTables.reduce((n, t) => n + t.rows.length - 1, 0)
  expect(rows + leftOut(md).reduce((a, b) => a + b, 0)).toBe(10_000)
  expect(leftOut(md).length).toBeGreaterThan(0)
  expect(md).toContain('## Postmortem (blameless)')
  expect(md).not.toContain('more lines left out') // fitted part by part, not cut at the end
})

test('5,000 probes failing before and after the rollback, with the issue: still within the limit', () => {
  const input = incident({
    verification: failed,
    rollback: { state: 'rollback-failed', strategy: 'command', detail: 'failed too', restore: failed }, // prettier-ignore
  })
  const md = failureSummary({ failed, incident: input, issue: null, issueError: 'dry run', redact: (t) => t }) // prettier-ignore
  expect(summarySize(md)).toBeLessThanOrEqual(VERIFY_SUMMARY_BUDGET)
  expect(judge(md, { headingOk: (h) => /^#{2,4} /.test(h), fences: ['mermaid', 'text'], blockquotes: true }).problems).toEqual([]) // prettier-ignore
  expect(leftOut(md)).toHaveLength(2)
})

test('a summary that fits is left whole, with no note', () => {
  const small = manyFailingProbes(3)
  const md = renderVerifySummary(small)
  expect(leftOut(md)).toEqual([])
  expect(judge(md, { headingOk: () => true, fences: ['mermaid'] }).tables[0]!.rows).toHaveLength(4)
})

test('the window summary stays within its share whatever the names and the reason hold', async () => {
  const long = (n: number) => `${HOSTILE_ALL} `.repeat(Math.ceil(n / HOSTILE_ALL.length))
  const deny = Array.from({ length: 200 }, (_, i) => `  - name: ${JSON.stringify(`${i} ${long(5000)}`)}\n    days: mon-sun`).join('\n') // prettier-ignore
  const d = decideWindow({
    scope: await scopeOf(`timezone: UTC\ndeny:\n${deny}\n`),
    environment: long(10_000),
    at: at('2026-11-20T14:05:00+01:00'),
    lock: { number: 7, url: 'https://github.com/acme/shop/issues/7', title: long(300) },
    override: { reason: long(1_000_000), actor: 'octocat' },
  })
  const md = renderWindowSummary(d)
  expect(summarySize(md)).toBeLessThanOrEqual(WINDOW_SUMMARY_BUDGET)
  expect(judge(md, { headingOk: (h) => /^#{3,4} /.test(h), fences: ['mermaid'] }).problems).toEqual(
    [],
  )
})

describe('fitSummary, the last resort', () => {
  test('cuts at a line outside any fence and counts what it left out', () => {
    const md = ['# title', '', '```text', ...Array.from({ length: 50 }, (_, i) => `line ${i}`), '```', '', 'after'].join('\n') // prettier-ignore
    const cut = fitSummary(md, 300)
    expect(summarySize(cut)).toBeLessThanOrEqual(300)
    expect(cut).toMatch(/^# title\n\n_… 54 more lines left out/)
    expect(judge(cut, { headingOk: () => true, fences: ['text'] }).problems).toEqual([])
  })

  test('any markdown of lines and fences: within the budget, no fence left open', () => {
    const line = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom('```', '````', '```mermaid', '~~~') },
      { weight: 1, arbitrary: fc.constantFrom('| a | b |', '| --- | --- |', '', '## h') },
      // our markdown: md() writes "<" as "&lt;" and "$" as "\$", so no line of ours opens an
      // HTML or a math block
      { weight: 3, arbitrary: fc.string({ maxLength: 40 }).map((s) => s.replace(/\n/g, ' ').replace(/</g, '&lt;').replace(/\$/g, '\\$')) }, // prettier-ignore
    )
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 10, maxLength: 80, size: 'max' }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (lines, share) => {
          const md = lines.join('\n')
          // from what only the note fits in to the whole text
          const budget = 250 + Math.floor(share * summarySize(md))
          const cut = fitSummary(md, budget)
          if (cut === md) return expect(summarySize(md)).toBeLessThanOrEqual(budget)
          expect(summarySize(cut)).toBeLessThanOrEqual(budget)
          const note = judge(cut).tree.children.at(-1)!
          // the note is a paragraph of its own, never swallowed by a fence left open
          expect(note.type).toBe('paragraph')
          expect(cut.trimEnd().endsWith('(the `report` output)._')).toBe(true)
        },
      ),
      { numRuns: runs(300) },
    )
  })
})
