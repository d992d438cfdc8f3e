// Verification as a building block: load the probes, probe in rounds until the verdict, and
// return it as data. The commands (src/commands/) and the CLI decide what to do with it.

import { setTimeout as sleep } from 'node:timers/promises'
import type { Settings } from '../config/inputs.js'
import { Redactor, secretsIn } from '../report/redact.js'
import { plural } from '../report/text.js'
import { iso } from '../report/time.js'
import type { Runner } from '../runner/runner.js'
import { loadProbeSet, probesFor, type Probe, type ProbeSet } from './probe-schema.js'
import { formatValue } from './metric.js'
import { METRIC_PARAMS } from './metric-schema.js'
import { ProbeClient } from './probe.js'
import { buildVerifyReport, roundLine, type VerifyReport } from './report.js'
import { verifyLoop, type Verification } from './run.js'
import type { AnalysisConfig } from './verdict.js'

export interface VerifyIO {
  runner: Runner
  now: () => number
  workspace: string
  reportDir: string
  signal?: AbortSignal
}

export type VerifyConfig = AnalysisConfig & {
  probeTimeoutMs: number
  /** Most requests in flight to one origin at once. */
  probeConcurrency: number
}

export function analysisConfig(s: Settings): VerifyConfig {
  return {
    initialDelayMs: s['initial-delay'],
    intervalMs: s.interval,
    durationMs: s.duration,
    failureThreshold: s['failure-threshold'],
    successThreshold: s['success-threshold'],
    probeTimeoutMs: s['probe-timeout'],
    probeConcurrency: s['probe-concurrency'],
  }
}

/**
 * Probes, masks their secrets with the runner, and returns a redactor for everything written
 * (which also scrubs `known` secrets, already masked by the caller).
 */
export function prepareProbes(
  text: string,
  runner: Runner,
  fromFile?: Record<string, string | undefined>,
  known: string[] = [],
): { probes: ProbeSet; redactor: Redactor } {
  const probes = loadProbeSet(text, 'probes', fromFile)
  // A value made from the release's SHA (`?v={{ release.sha }}`) is not a secret: commits are
  // named in every report. Such a value differs between two releases, so the secrets are those
  // found alike for the sample release and for another one. (Matching the sample's SHA as text
  // also matched a secret that happened to contain its digits.)
  const other = new Set(
    probesFor(probes, OTHER_SHA).flatMap((p) =>
      secretsIn(p.url, p.headers, p.metric ? METRIC_PARAMS : []),
    ),
  )
  const secrets = probes.sample
    .flatMap((p) => secretsIn(p.url, p.headers, p.metric ? METRIC_PARAMS : []))
    .filter((x) => other.has(x))
  for (const s of secrets) runner.secret(s)
  return { probes, redactor: new Redactor([...secrets, ...known]) }
}

/** A second release, unlike SAMPLE_SHA in every digit, to tell SHA-made values from secrets. */
const OTHER_SHA = 'fedcba9876543210fedcba9876543210fedcba98'

/** A metric probe's value before the release: the same query at verification start − before. */
export interface Baseline {
  at: number
  /** Null: no data then (a first deploy), or the query failed (`note` says which). */
  value: number | null
  note: string
}

/**
 * Once, before round 1: each metric probe with a baseline asks its query at `before` ahead of
 * now. No data or a failed query skips that probe's baseline check, and the log says so.
 */
async function readBaselines(
  probes: Probe[],
  client: ProbeClient,
  io: VerifyIO,
  redactor: Redactor,
): Promise<Map<string, Baseline>> {
  const out = new Map<string, Baseline>()
  const start = io.now()
  await Promise.all(
    probes.map(async (p) => {
      const before = p.metric?.expect.baseline?.beforeMs
      if (before === undefined) return
      const at = start - before
      const r = await client.run(p, { at, baseline: null })
      const value = typeof r.value === 'number' ? r.value : null
      const note =
        value !== null
          ? `baseline ${formatValue(value)} at ${iso(at)}`
          : r.value === null
            ? `no data at ${iso(at)} (a first deploy?): the baseline check is skipped`
            : `the baseline query failed (${r.error}: ${r.message}): the baseline check is skipped`
      out.set(p.name, { at, value, note })
      io.runner.info(redactor.text(`probe ${p.name}: ${note}`))
    }),
  )
  return out
}

/** Runs the rounds with live log lines; returns the verification and its redacted report. */
export async function probeRelease(
  probes: Probe[],
  c: VerifyConfig,
  io: VerifyIO,
  meta: { target: string; environment: string },
  redactor: Redactor,
): Promise<{ verification: Verification; report: VerifyReport }> {
  // One client for the baselines and every round: its keep-alive connections outlive a round.
  const client = new ProbeClient({ timeoutMs: c.probeTimeoutMs, concurrency: c.probeConcurrency })
  io.runner.info(
    `Verifying ${meta.target} on ${meta.environment}: ${plural(probes.length, 'probe')}, every ${c.intervalMs} ms for ${c.durationMs} ms after ${c.initialDelayMs} ms`,
  )
  try {
    const baselines = await readBaselines(probes, client, io, redactor)
    const verification = await verifyLoop(probes, c, {
      now: io.now,
      sleep: (ms, signal) => sleep(ms, undefined, { signal }),
      probe: (p, at) =>
        client.run(
          p,
          p.metric ? { at, baseline: baselines.get(p.name)?.value ?? null } : undefined,
        ),
      onRound: (r) => {
        io.runner.info(redactor.text(roundLine(r, c)))
        // each attempt, for the step's debug log (URLs and bodies redacted like everything else)
        for (const x of r.results)
          io.runner.debug(
            redactor.text(
              `round ${r.number} probe ${x.probe}: ${x.ok ? 'pass' : `FAIL ${x.error}`} status=${x.status ?? '-'} ${Math.round(x.latencyMs)} ms`,
            ),
          )
      },
      signal: io.signal,
    })
    const report = buildVerifyReport(verification, probes, c, meta, redactor, baselines)
    for (const p of report.probes) {
      await io.runner.group(`probe ${p.name}: ${p.method} ${p.url}`, async () => {
        for (const r of report.rounds)
          for (const x of r.results.filter((res) => res.probe === p.name))
            io.runner.info(
              `round ${r.number}: ${x.ok ? 'pass' : `FAIL ${x.error}: ${x.message}`} status=${x.status ?? '-'} ${Math.round(x.latencyMs)} ms`,
            )
      })
    }
    return { verification, report }
  } finally {
    await client.close()
  }
}
