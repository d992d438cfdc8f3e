// Several vantages (SPEC.md "Several vantages"): what one vantage's report holds, and what the
// fan-in concludes from all of them with the quorum. Pure: reports in, a judgement out.
//
// Why a fan-in at all: from one runner, "the release is broken" and "this network path is
// broken" look the same. The incident practices we build on start with "is it down for
// everyone, or just one region?"; rolling back a good release because one path failed is an
// incident of its own.

import { z } from 'zod'
import { VANTAGE, type Settings } from '../config/inputs.js'
import { short } from '../github/context.js'
import { plural } from '../report/text.js'
import { percentile } from './charts.js'
import type { VerifyReport } from './report.js'
import type { Outcome, Severity } from './verdict.js'

/** Written into every vantage report, so a fan-in can tell one from any other JSON file. */
export const VANTAGE_FORMAT = 'deploy-guard/vantage@1'

export type Scope = 'everywhere' | 'partial' | 'regional'

export interface VantageProbe {
  name: string
  /** The probe did not fail in the rounds that decided the verdict. */
  ok: boolean
  passed: number
  failed: number
  p95Ms: number
}

/** One vantage's verdict, as its report file holds it (with the whole verification beside it). */
export interface VantageReport {
  format: typeof VANTAGE_FORMAT
  command: 'verify'
  vantage: string
  /** The release verified: a full commit SHA, or empty when the run had none. */
  sha: string
  environment: string
  healthy: boolean
  outcome: Outcome
  severity: Severity | null
  reason: string
  p95Ms: number
  probes: VantageProbe[]
  verification: VerifyReport
}

/** What a vantage writes: its verification, with the verdict of every probe on top. */
export function vantageReport(vantage: string, sha: string, v: VerifyReport): VantageReport {
  const failing = new Set(v.verdict.failing)
  const all = v.rounds.flatMap((r) => r.results)
  return {
    format: VANTAGE_FORMAT,
    command: 'verify',
    vantage,
    sha,
    environment: v.environment,
    healthy: v.verdict.healthy,
    outcome: v.verdict.outcome,
    severity: v.verdict.severity,
    reason: v.verdict.reason,
    p95Ms: Math.round(
      percentile(
        all.map((x) => x.latencyMs),
        95,
      ),
    ),
    probes: v.probes.map((p) => {
      const own = all.filter((x) => x.probe === p.name)
      return {
        name: p.name,
        ok: !failing.has(p.name),
        passed: own.filter((x) => x.ok).length,
        failed: own.filter((x) => !x.ok).length,
        p95Ms: Math.round(
          percentile(
            own.map((x) => x.latencyMs),
            95,
          ),
        ),
      }
    }),
    verification: v,
  }
}

// The file is input to the fan-in: validated like any input, so a truncated download or a
// report of another tool is an input error naming the file and field, not a crash mid-way.
// The verification is checked as far as the fan-in and its renderers read it.
const result = z.looseObject({
  probe: z.string(),
  ok: z.boolean(),
  latencyMs: z.number(),
  status: z.number().optional(),
  error: z.string().optional(),
  message: z.string().optional(),
  evidence: z.string().optional(),
})
const verification = z.looseObject({
  command: z.literal('verify'),
  target: z.string(),
  environment: z.string(),
  startedAt: z.string(),
  endedAt: z.string(),
  config: z.looseObject({
    initialDelayMs: z.number(),
    intervalMs: z.number(),
    durationMs: z.number(),
    failureThreshold: z.number(),
    successThreshold: z.number(),
    probeTimeoutMs: z.number(),
    probeConcurrency: z.number(),
  }),
  probes: z.array(
    z.looseObject({
      name: z.string(),
      method: z.string(),
      url: z.string(),
      headers: z.record(z.string(), z.string()),
      critical: z.boolean(),
    }),
  ),
  verdict: z.object({
    healthy: z.boolean(),
    outcome: z.enum(['healthy', 'failing', 'flapping', 'unstable', 'cancelled']),
    severity: z.enum(['P1', 'P2']).nullable(),
    reason: z.string(),
    deciding: z.array(z.number()),
    failing: z.array(z.string()),
  }),
  rounds: z.array(
    z.looseObject({
      number: z.number(),
      startedAt: z.string(),
      passed: z.boolean(),
      results: z.array(result),
    }),
  ),
})
export const vantageReportSchema = z.object({
  format: z.literal(VANTAGE_FORMAT),
  command: z.literal('verify'),
  // The vantage input's own rule: the name reaches titles, tables and file names.
  vantage: z.string().regex(VANTAGE, 'expected a vantage name as the vantage input takes'),
  sha: z.string(),
  environment: z.string(),
  healthy: z.boolean(),
  outcome: z.enum(['healthy', 'failing', 'flapping', 'unstable', 'cancelled']),
  severity: z.enum(['P1', 'P2']).nullable(),
  reason: z.string(),
  p95Ms: z.number(),
  probes: z.array(
    z.object({
      name: z.string(),
      ok: z.boolean(),
      passed: z.number(),
      failed: z.number(),
      p95Ms: z.number(),
    }),
  ),
  verification,
})

/** A report and the file it came from, as the fan-in names it in errors. */
export interface Found {
  file: string
  report: VantageReport
}

/** How many failing vantages make the release failed, of `n` that finished. */
export function quorumNeeded(q: Settings['quorum'], n: number): number {
  if (q === 'all') return n
  if (q === 'any') return 1
  if (q === 'majority') return Math.floor(n / 2) + 1
  return q
}

const quorumName = (q: Settings['quorum']) =>
  typeof q === 'number' ? String(q) : q === 'majority' ? 'a majority' : q

/**
 * Why these reports cannot be judged together, as input errors (field, message); empty when
 * they can. A report of another release or environment would judge a release nobody deployed.
 */
export function reportProblems(
  found: Found[],
  want: { sha: string; environment: string; quorum: Settings['quorum'] },
): { path: 'reports' | 'quorum'; message: string }[] {
  const out: { path: 'reports' | 'quorum'; message: string }[] = []
  const seen = new Map<string, string>()
  for (const { file, report: r } of found) {
    const name = r.vantage.toLowerCase()
    if (seen.has(name))
      out.push({
        path: 'reports',
        message: `${file} and ${seen.get(name)} are both from vantage "${r.vantage}": give each job of the matrix its own vantage name`,
      })
    else seen.set(name, file)
    if (r.environment.toLowerCase() !== want.environment.toLowerCase())
      out.push({
        path: 'reports',
        message: `${file} verified environment "${r.environment}", not "${want.environment}"`,
      })
  }
  const shas = [...new Set(found.map((f) => f.report.sha))]
  if (want.sha) {
    for (const { file, report: r } of found)
      if (r.sha !== want.sha)
        out.push({
          path: 'reports',
          message: `${file} is a report of release ${r.sha ? short(r.sha) : '(no SHA)'}, but this run verifies ${short(want.sha)}: reports of another release cannot judge this one (an artifact of an older run?)`,
        })
  } else if (shas.length > 1)
    out.push({
      path: 'reports',
      message: `the reports are of different releases (${shas.map((x) => (x ? short(x) : '(no SHA)')).join(', ')}): a fan-in judges one release`,
    })
  const finished = found.filter((f) => f.report.outcome !== 'cancelled').length
  if (found.length > 0 && finished === 0)
    out.push({
      path: 'reports',
      message: `no vantage finished its verification (${plural(found.length, 'report')}, every one cancelled)`,
    })
  if (typeof want.quorum === 'number' && finished > 0 && want.quorum > finished)
    out.push({
      path: 'quorum',
      message: `${want.quorum} is more than the ${plural(finished, 'vantage')} that reported a verdict: the release could never count as failed`,
    })
  return out
}

export interface VantageRow {
  vantage: string
  verdict: 'healthy' | 'failing' | 'cancelled'
  severity: Severity | null
  /** Probes that failed in the rounds that decided this vantage's verdict. */
  failing: string[]
  p95Ms: number
  reason: string
}

/** The fan-in's conclusion: how far the failure reached, and each vantage's verdict. */
export interface VantageView {
  /** Null: every vantage saw the release healthy. */
  scope: Scope | null
  quorum: string
  /** Failing vantages that make the release failed. */
  needed: number
  /** Vantages that reported a verdict (cancelled ones are listed, not counted). */
  counted: number
  failingCount: number
  severity: Severity | null
  /** One sentence: how many vantages saw what, against the quorum. */
  reason: string
  rows: VantageRow[]
}

const names = (rs: VantageReport[]) => rs.map((r) => r.vantage).join(', ')

/** Applies the quorum (SPEC: scope everywhere, partial, regional; empty when healthy). */
export function judgeVantages(reports: VantageReport[], quorum: Settings['quorum']): VantageView {
  const finished = reports.filter((r) => r.outcome !== 'cancelled')
  const failing = finished.filter((r) => !r.healthy)
  const healthy = finished.filter((r) => r.healthy)
  const n = finished.length
  const needed = quorumNeeded(quorum, n)
  const k = failing.length
  const scope: Scope | null =
    k === 0 ? null : k === n ? 'everywhere' : k >= needed ? 'partial' : 'regional'
  const sha = reports[0]?.sha ? `release ${short(reports[0].sha)}` : 'the release'
  const q = `the quorum of ${needed} (${quorumName(quorum)})`
  const rest = healthy.length ? `; ${names(healthy)} saw it healthy` : ''
  const reason =
    scope === null
      ? `every vantage (${names(healthy)}) saw ${sha} healthy`
      : scope === 'everywhere'
        ? `every vantage (${k === 1 ? names(failing) : `${k} of ${n}: ${names(failing)}`}) saw ${sha} fail`
        : scope === 'partial'
          ? `${k} of ${n} vantages (${names(failing)}) saw ${sha} fail, at least ${q}${rest}`
          : `${k} of ${n} vantages (${names(failing)}) saw ${sha} fail, fewer than ${q}: a regional problem, not the release${rest}`
  return {
    scope,
    quorum: quorumName(quorum),
    needed,
    counted: n,
    failingCount: k,
    // SPEC: P1 when every vantage fails; a partial or regional failure is P2.
    severity: scope === null ? null : scope === 'everywhere' ? 'P1' : 'P2',
    reason,
    rows: [...reports]
      .sort((a, b) => a.vantage.localeCompare(b.vantage))
      .map((r) => ({
        vantage: r.vantage,
        verdict: r.outcome === 'cancelled' ? 'cancelled' : r.healthy ? 'healthy' : 'failing',
        severity: r.severity,
        failing: r.probes.filter((p) => !p.ok).map((p) => p.name),
        p95Ms: r.p95Ms,
        reason: r.reason,
      })),
  }
}

/**
 * The verification the failure branch and the issue show in detail: the worst failing
 * vantage's (P1 first, then the most failing probes), named after its vantage, with the
 * fan-in's verdict. The per-vantage table stands beside it.
 */
export function fanInVerification(reports: VantageReport[], view: VantageView): VerifyReport {
  const failing = reports.filter((r) => r.outcome !== 'cancelled' && !r.healthy)
  const worst = [...failing].sort(
    (a, b) =>
      Number(b.severity === 'P1') - Number(a.severity === 'P1') ||
      b.probes.filter((p) => !p.ok).length - a.probes.filter((p) => !p.ok).length ||
      a.vantage.localeCompare(b.vantage),
  )[0]
  if (!worst) throw new Error('fanInVerification needs a failing vantage')
  const v = worst.verification
  return {
    ...v,
    target: `${v.target} (as seen from ${worst.vantage})`,
    verdict: { ...v.verdict, healthy: false, severity: view.severity, reason: view.reason },
  }
}

/** Each vantage's story for the incident timeline: when it started, first failed, decided. */
export function vantageTimeline(reports: VantageReport[]): { at: string; what: string }[] {
  return reports.flatMap((r) => {
    const v = r.verification
    const firstFail = v.rounds.find((x) => !x.passed)?.startedAt
    return [
      { at: v.startedAt, what: `${r.vantage}: verification started` },
      ...(firstFail ? [{ at: firstFail, what: `${r.vantage}: first failed round` }] : []),
      {
        at: v.endedAt,
        what: `${r.vantage}: ${r.healthy ? 'healthy' : r.outcome === 'cancelled' ? 'cancelled' : `unhealthy (${r.severity ?? 'no severity'})`}`,
      },
    ]
  })
}
