// What every command that changes things is given: the run's IO, and the dependencies of the
// failure flow built from the settings (GitHub client, redactor, probes, analysis config).

import type { Settings } from '../config/inputs.js'
import { readYamlSource } from '../config/yaml.js'
import { github } from '../github/connect.js'
import { runContext, short } from '../github/context.js'
import { Redactor, secretsInEnv } from '../report/redact.js'
import { iso } from '../report/time.js'
import type { FlowDeps } from '../rollback/flow.js'
import type { Runner } from '../runner/runner.js'
import type { Probe } from '../verify/probe-schema.js'
import { analysisConfig, prepareProbes, probeRelease } from '../verify/probing.js'
import type { VerifyReport } from '../verify/report.js'

export interface StepIO {
  runner: Runner
  env: Record<string, string | undefined>
  now: () => number
  reportDir: string
  signal?: AbortSignal
}

/** Why a release's SHA can be unknown to a step: what `probesFor` says it needs. */
export const UNKNOWN_SHA = 'GITHUB_SHA is not set'

export function flowDeps(s: Settings, io: StepIO, withProbes: boolean): FlowDeps {
  const ctx = runContext(io.env)
  // The token and the step's secret-named variables (the commands see them) are scrubbed too.
  const token = s['github-token']
  const envSecrets = [...new Set(secretsInEnv(io.env))].filter((x) => x !== token)
  for (const x of envSecrets) io.runner.secret(x) // the token was registered on the way in
  if (token) envSecrets.push(token)
  let prepared: ReturnType<typeof prepareProbes> | null = null
  if (withProbes || s.probes.trim()) {
    const src = readYamlSource(s.probes, 'probes', ctx.workspace)
    prepared = prepareProbes(src.text, io.runner, src.file ? io.env : undefined, envSecrets)
  }
  return {
    settings: s,
    runner: io.runner,
    now: io.now,
    env: io.env,
    reportDir: io.reportDir,
    ctx,
    gh: github(s, ctx, io),
    redactor: prepared?.redactor ?? new Redactor(envSecrets),
    probes: prepared?.probes ?? null,
    config: analysisConfig(s),
    ...(io.signal ? { signal: io.signal } : {}),
  }
}

/** A failure that no probe round measured (a rollback on demand, a deploy command that failed). */
export function failedWithoutProbing(d: FlowDeps, sha: string, reason: string): VerifyReport {
  const at = iso(d.now())
  return {
    command: 'verify',
    target: sha ? `release ${short(sha)}` : 'the current release',
    environment: d.settings.environment,
    startedAt: at,
    endedAt: at,
    config: d.config,
    probes: [],
    verdict: {
      healthy: false,
      outcome: 'failing',
      severity: 'P2',
      reason,
      deciding: [],
      failing: [],
    },
    rounds: [],
  }
}

/** Probes the deployed release `sha` in rounds until the verdict: what verify and a vantage run. */
export async function probeDeployed(
  d: FlowDeps,
  io: StepIO,
  probes: Probe[],
  sha: string,
): Promise<VerifyReport> {
  const { report } = await probeRelease(
    probes,
    d.config,
    {
      runner: io.runner,
      now: io.now,
      workspace: d.ctx.workspace,
      reportDir: io.reportDir,
      ...(io.signal ? { signal: io.signal } : {}),
    },
    {
      target: sha ? `release ${short(sha)}` : 'the deployed release',
      environment: d.settings.environment,
    },
    d.redactor,
  )
  return report
}
