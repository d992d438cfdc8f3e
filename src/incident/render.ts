// The incident issue as markdown: pure, data in and text out, so every section is testable from
// fixtures. Everything that came from commits, pull requests, probes, the environment name or the
// rollback's output is untrusted and goes through markdown.ts before it lands here.
//
// The body must fit GitHub's 65,536-character limit whatever the diff holds, so lists are
// rendered as rows first and `fit` decides how many rows of each the text can afford.

import { formatDuration } from '../config/duration.js'
import { short } from '../github/context.js'
import { plainLine } from '../report/log-text.js'
import { clip, code, fence, link, table, visible } from '../report/markdown.js'
import type { VerifyReport } from '../verify/report.js'
import { classifyFile, KIND_SHORT, RISKY_KINDS, type Kind } from './classify.js'
import { changesSection, clipPath } from './render-changes.js'
import { evidencePart } from './render-evidence.js'
import {
  isRegional,
  regionalSeverity,
  regionalSummary,
  regionalTitle,
  vantagesPart,
} from './render-vantages.js'
import type { IncidentInput } from './types.js'
import {
  count,
  failures,
  mermaidTimeline,
  plural,
  postmortem,
  severity,
  shaCode,
  statusMessages,
  summary,
  unprobed,
  untrusted,
  untrustedCode,
  when,
  type Failure,
} from './render-parts.js'

export const ISSUE_LIMIT = 65_536

/**
 * The top-level headings of the body, in order; `fit` never drops one. `## Evidence` comes
 * between Timeline and What changed when an evidence command ran (render-evidence.ts), and
 * `## Vantages` between Severity and Failed probes for a fan-in (render-vantages.ts).
 */
export const BODY_HEADINGS = [
  '## Summary',
  '## Severity',
  '## Failed probes',
  '## Timeline',
  '## What changed',
  '## Status page messages',
  '## Postmortem (blameless)',
] as const

export const COMMENT_HEADINGS = ['### Failed probes', '### Timeline', '### What changed'] as const

interface Budget {
  risky: number
  commits: number
  files: number
  /** Characters of evidence per failed probe. */
  evidence: number
  /** Failed probes listed. */
  probes: number
}

interface Prepared {
  input: IncidentInput
  fails: Failure[]
  /** When the service was first seen failing. */
  since: string
  recoveredAt: string | null
  risky: { kind: Kind; line: string }[]
  commitRows: string[][]
  fileRows: string[][]
}

function prepare(input: IncidentInput): Prepared {
  const v = input.verification
  const ch = input.changes
  const files = ch?.files ?? []
  const kinds = files.map((f) => classifyFile(f.filename))
  const delta = (a: number, d: number) => `+${count(a)} −${count(d)}`
  const name = (f: (typeof files)[number]) =>
    f.previousFilename && f.previousFilename !== f.filename
      ? `${code(clipPath(f.previousFilename, 80))} → ${code(clipPath(f.filename, 120))}`
      : code(clipPath(f.filename))
  const risky = RISKY_KINDS.flatMap((kind) =>
    files.flatMap((f, i) =>
      kinds[i] === kind
        ? [
            {
              kind,
              line: `- ${name(f)} (${untrusted(f.status, 20)}, ${delta(f.additions, f.deletions)})`,
            },
          ]
        : [],
    ),
  )
  const commitRows = (ch?.commits ?? []).map((cm) => {
    const pr = cm.pr
      ? `${link(`#${cm.pr.number}`, cm.pr.url)}${cm.pr.title && cm.pr.title !== cm.title ? ` ${untrusted(cm.pr.title, 100)}` : ''}`
      : ''
    return [link(shaCode(cm.sha), cm.url), untrusted(cm.title, 150), untrusted(cm.author, 60), pr]
  })
  const fileRows = files.map((f, i) => [
    name(f),
    KIND_SHORT[kinds[i] as Kind],
    untrusted(f.status, 20),
    `+${count(f.additions)}`,
    `−${count(f.deletions)}`,
  ])
  const firstFailed = v.rounds.find((r) => !r.passed)
  return {
    input,
    fails: failures(v),
    since: firstFailed?.startedAt ?? v.startedAt,
    recoveredAt:
      input.rollback.state === 'recovered' ? (input.rollback.restore?.endedAt ?? null) : null,
    risky,
    commitRows,
    fileRows,
  }
}

function probesSection(p: Prepared, b: Budget): string {
  const v = p.input.verification
  const cfg = v.config
  // A rollback on demand, or a deploy command that failed: nothing was probed.
  if (v.probes.length === 0)
    return `No probe ran for ${untrusted(v.target, 100)}: ${untrusted(v.verdict.reason, 500)}`
  const head = `Verification of ${untrusted(v.target, 100)} on ${untrusted(v.environment, 100)} from ${when(v.startedAt)} to ${when(v.endedAt)}: ${plural(v.rounds.length, 'round')}, one every ${formatDuration(cfg.intervalMs)}, unhealthy after ${plural(cfg.failureThreshold, 'failed round')} in a row.`
  if (p.fails.length === 0)
    return `${head}\n\nNo single probe failed (the verification did not finish).`
  const shown = p.fails.slice(0, b.probes)
  const rows = shown.map((f) => [
    untrusted(f.name, 100),
    f.critical ? 'yes' : 'no',
    untrustedCode(f.request, 120),
    f.last?.error ? code(f.last.error) : '',
    untrusted(f.last?.message ?? '', 300),
    `${count(f.failed)} of ${count(f.seen)}`,
  ])
  const out = [
    head,
    '',
    table(['Probe', 'Critical', 'Request', 'Error', 'Expected vs seen', 'Failed rounds'], rows),
  ]
  if (p.fails.length > shown.length)
    out.push(
      '',
      `_${plural(p.fails.length - shown.length, 'more failed probe')} not listed; the job summary has all._`,
    )
  for (const f of shown) {
    const ev = f.last?.evidence
    if (!ev) continue
    const status = f.last?.status !== undefined ? `status ${f.last.status}, ` : ''
    const said = `**${untrusted(f.name, 100)}**, last failed response (${status}${Math.round(f.last?.latencyMs ?? 0)} ms)`
    if (b.evidence <= 0) {
      out.push(
        '',
        `${said}: evidence (${plural(ev.length, 'character')}) left out to fit the issue; it is in the run's report.`,
      )
      continue
    }
    const shown = visible(ev)
    const cut = clip(shown, b.evidence)
    const note =
      cut === shown ? '' : ` (first ${count(b.evidence)} of ${count(shown.length)} characters)`
    out.push('', `${said}, body with secrets redacted${note}:`, '', fence(cut))
  }
  return out.join('\n')
}

function timelineSection(p: Prepared, chart: boolean): string {
  const events = [...p.input.timeline].sort(
    (a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0),
  )
  if (events.length === 0) return 'No events were recorded.'
  const t0 = Date.parse(events[0]!.at)
  const offset = (at: string) => {
    const d = Date.parse(at) - t0
    return Number.isNaN(d) ? '' : `+${d < 1000 ? '0s' : formatDuration(d)}`
  }
  const rows = events.map((e) => [when(e.at), offset(e.at), untrusted(e.what, 300)])
  const out = [table(['Time (UTC)', 'Since start', 'Event'], rows)]
  if (chart)
    out.push(
      '',
      mermaidTimeline(events.map((e) => ({ period: offset(e.at) || '?', what: e.what }))),
    )
  return out.join('\n')
}

function footer(i: IncidentInput): string {
  return `---\n_Filed by deploy-guard at ${when(i.now)} from ${link('this workflow run', i.runUrl)} (started by ${untrusted(i.actor, 60)}). The run's job summary and report file hold the full evidence._`
}

/** The Summary: a failed release's, or a regional problem's (the release stays). */
const opening = (p: Prepared) =>
  isRegional(p.input)
    ? regionalSummary(p.input, p.since)
    : summary(p.input, p.fails, p.since, p.recoveredAt)

const severityLine = (p: Prepared) =>
  isRegional(p.input) ? regionalSeverity(p.input) : severity(p.input, p.fails)

function compose(p: Prepared, b: Budget, mode: 'body' | 'comment'): string {
  const i = p.input
  if (mode === 'comment') {
    const head = isRegional(i)
      ? `## 🟠 A regional problem after the deploy of ${shaCode(i.failedSha)} to ${untrusted(i.environment, 100)}`
      : `## 🔴 Another failed deploy: ${shaCode(i.failedSha)} to ${untrusted(i.environment, 100)}`
    return [
      head,
      opening(p),
      `Severity ${severityLine(p)}`,
      ...vantagesPart(i, '###'),
      COMMENT_HEADINGS[0],
      probesSection(p, b),
      COMMENT_HEADINGS[1],
      timelineSection(p, false),
      ...evidencePart(i, '###'),
      COMMENT_HEADINGS[2],
      changesSection(p, b, '####'),
      footer(i),
    ].join('\n\n')
  }
  return [
    BODY_HEADINGS[0],
    opening(p),
    BODY_HEADINGS[1],
    severityLine(p),
    ...vantagesPart(i, '##'),
    BODY_HEADINGS[2],
    probesSection(p, b),
    BODY_HEADINGS[3],
    timelineSection(p, true),
    ...evidencePart(i, '##'),
    BODY_HEADINGS[4],
    changesSection(p, b, '###'),
    BODY_HEADINGS[5],
    statusMessages(i, p.since, p.recoveredAt),
    BODY_HEADINGS[6],
    postmortem(i, p.since, p.recoveredAt, p.fails, p.risky.length),
    footer(i),
  ].join('\n\n')
}

const rowCost = (cells: string[]) => cells.join(' | ').length + 5

/**
 * The most detail that fits `limit`: the whole lists if they fit; else risky files, commits and
 * files share what the rest leaves; only when the lists are gone is evidence cut, then probes.
 */
function fit(p: Prepared, mode: 'body' | 'comment', limit: number, evidence: number): string {
  const full: Budget = {
    // A comment is an update on an issue that already has the first failure's lists.
    risky: mode === 'comment' ? Math.min(50, p.risky.length) : p.risky.length,
    commits: mode === 'comment' ? Math.min(50, p.commitRows.length) : p.commitRows.length,
    files: mode === 'comment' ? Math.min(100, p.fileRows.length) : p.fileRows.length,
    evidence,
    probes: p.fails.length,
  }
  const whole = compose(p, full, mode)
  if (whole.length <= limit) return whole

  let b: Budget = { ...full, risky: 0, commits: 0, files: 0 }
  let base = compose(p, b, mode)
  for (const [ev, probes] of [
    [400, 25],
    [120, 10],
    [0, 5],
    [0, 1],
  ] as const) {
    if (base.length <= limit) break
    b = { ...b, evidence: Math.min(ev, evidence), probes: Math.min(probes, full.probes) }
    base = compose(p, b, mode)
  }
  if (base.length > limit) return hardCut(base, limit)

  // Room for rows, less what the "N more not listed" lines and group labels may add.
  let room = limit - base.length - 600
  const take = (costs: number[], share: number) => {
    let n = 0
    for (let used = 0; n < costs.length && used + costs[n]! <= share; n++) used += costs[n]!
    return n
  }
  const riskyCost = p.risky.map((r) => r.line.length + 1)
  const commitCost = p.commitRows.map(rowCost)
  const fileCost = p.fileRows.map(rowCost)
  const sum = (costs: number[], n: number) => costs.slice(0, n).reduce((a, x) => a + x, 0)

  b.risky = take(riskyCost, room * 0.4)
  room -= sum(riskyCost, b.risky)
  b.commits = take(commitCost, room * 0.5)
  room -= sum(commitCost, b.commits)
  b.files = take(fileCost, room)
  room -= sum(fileCost, b.files)
  // Whatever the files left over goes back to the commits, then to the risky files.
  const more = take(commitCost.slice(b.commits), room)
  b.commits += more
  room -= sum(commitCost.slice(b.commits - more), more)
  b.risky += take(riskyCost.slice(b.risky), room)

  let out = compose(p, b, mode)
  for (let tries = 0; out.length > limit && tries < 50; tries++) {
    const key = b.files > 0 ? 'files' : b.commits > 0 ? 'commits' : 'risky'
    b = { ...b, [key]: Math.floor(b[key] * 0.9) }
    out = compose(p, b, mode)
  }
  return out.length <= limit ? out : hardCut(out, limit)
}

/** Last resort for a limit too small for even the skeleton: cut at a line, say so. */
function hardCut(text: string, limit: number): string {
  const note = '\n\n_(cut to fit the size limit)_'
  const room = Math.max(0, limit - note.length)
  const at = text.lastIndexOf('\n', room)
  return (text.slice(0, at > 0 ? at : 0) + note).slice(0, limit)
}

export function incidentTitle(input: IncidentInput): string {
  // One line of plain text: line breaks in the environment or the SHA would end the title.
  const flat = (s: string) => plainLine(s).replace(/\s+/g, ' ').trim()
  const env = clip(flat(input.environment), 100)
  const sha = short(flat(input.failedSha))
  if (isRegional(input)) return regionalTitle(env, sha, input)
  // A release no probe measured (a rollback on demand, a failed deploy command) was not verified.
  const what = unprobed(input.verification) ? 'declared bad without a probe' : 'failed verification'
  switch (input.rollback.state) {
    case 'recovered':
      return `Rollback: ${env} deploy of ${sha} ${what}`
    case 'rollback-failed':
      return `Deploy of ${sha} to ${env} ${what}, rollback failed`
    default:
      return `Deploy of ${sha} to ${env} ${what}, not rolled back`
  }
}

export function renderIncidentBody(input: IncidentInput, limit = ISSUE_LIMIT): string {
  return fit(prepare(input), 'body', limit, 1000)
}

/** The update posted on an incident issue that is already open for the environment. */
export function renderIncidentComment(input: IncidentInput, limit = ISSUE_LIMIT): string {
  return fit(prepare(input), 'comment', limit, 500)
}

export interface RecoveryInput {
  /** ISO-8601 instant the restored release passed verification. */
  at: string
  /** The release now serving. */
  sha: string
  environment: string
  restore?: VerifyReport
}

export function renderRecoveryComment(r: RecoveryInput): string {
  const lines = [
    `## ✅ Recovered: ${untrusted(r.environment, 100)} is serving ${shaCode(r.sha)}`,
    '',
    `Since ${when(r.at)}, release ${shaCode(r.sha)} is serving ${untrusted(r.environment, 100)} again and passed verification.`,
  ]
  if (r.restore) {
    const v = r.restore
    lines.push(
      '',
      `Verification of ${untrusted(v.target, 100)} from ${when(v.startedAt)} to ${when(v.endedAt)}: ${untrusted(v.verdict.reason, 600)}`,
    )
  }
  lines.push(
    '',
    'This issue stays open for the postmortem. Close it when that is done: while it is open, deploys to this environment stay locked (with `lock-on-incident`, the default) unless `override-reason` is given.',
  )
  return lines.join('\n')
}
