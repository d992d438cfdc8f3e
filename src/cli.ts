// The `deploy-guard` command line: the same engine as the action, with no GitHub needed.
// Exit codes: 0 open/healthy, 1 closed/unhealthy, 2 bad input. What it prints is made safe for
// the Actions runner (src/report/log-text.ts): a `run:` step's output is read for workflow
// commands like an action's.

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { InputError } from './config/errors.js'
import { short } from './github/context.js'
import { checkInputs } from './config/check.js'
import { INPUT_DEFAULTS, readSettings, type InputName } from './config/inputs.js'
import { commandSafe, commandSafeJson, commandSafeLines } from './report/log-text.js'
import { plural } from './report/text.js'
import { terminalRunner } from './runner/terminal.js'
import { decideWindow } from './window/decide.js'
import { loadPolicy } from './window/policy.js'
import { renderGridText } from './window/render.js'

const USAGE = `usage:
  deploy-guard window --policy FILE [--environment ENV] [--at ISO-INSTANT] [--json]
  deploy-guard verify --probes FILE [--duration 60s] [--interval 10s] [--failure-threshold 3]
                      [--success-threshold 3] [--initial-delay 0s] [--probe-timeout 5s]
                      [--probe-concurrency 8]
                      [--sha SHA] [--json]
                      --sha (default: GITHUB_SHA) fills {{ release.sha }} in the probes
  deploy-guard check --command CMD [--policy FILE|YAML] [--probes FILE|YAML] [--INPUT VALUE ...]
                      validate the action's inputs as the action does, run nothing (exit 0 or 2)
  deploy-guard demo [--metrics|--no-metrics]
                      the whole story on one machine (also npm run demo); with Prometheus
                      installed, or --metrics, a metric probe sees the bad release's errors
  deploy-guard standin [--port N] [--repo DIR] [--repository OWNER/NAME] [--token TOKEN]
                      the demo's GitHub stand-in on its own; prints its URL, serves until SIGTERM
  deploy-guard --help`

class UsageError extends Error {}

function readFile(path: string, flag: string): string {
  try {
    return readFileSync(resolve(path), 'utf8')
  } catch {
    throw new InputError([
      { path: flag.replace(/^--/, ''), message: `file "${path}" cannot be read` },
    ])
  }
}

/** Parses an instant; an ISO date-time must carry its offset, or the machine's zone would decide. */
export function parseInstant(text: string): number {
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) ||
    Number.isNaN(Date.parse(text))
  )
    throw InputError.at(
      'at',
      `expected an ISO-8601 instant with an offset, such as 2026-11-27T10:00:00+01:00, got "${text}"`,
    )
  return Date.parse(text)
}

async function windowCli(args: string[], out: (s: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      policy: { type: 'string' },
      environment: { type: 'string', default: 'production' },
      at: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if (!values.policy) throw InputError.at('policy', 'required: --policy FILE')
  const at = values.at ? parseInstant(values.at) : Date.now()
  const policy = await loadPolicy(readFile(values.policy, '--policy'))
  const d = decideWindow({
    scope: await policy.scope(values.environment),
    environment: values.environment,
    at,
    lock: null,
    override: null,
    grid: !values.json,
  })
  if (values.json) {
    out(
      commandSafeJson({
        allowed: d.allowed,
        reason: d.reason,
        rule: d.rule,
        nextWindow: d.nextWindow,
        at: d.at,
        closesAt: d.closesAt,
        environment: d.environment,
        timezone: d.timezone,
      }),
    )
  } else {
    out(commandSafe(d.reason))
    out('')
    out(renderGridText(d))
  }
  return d.allowed ? 0 : 1
}

/** Verify flags go through the action's own input schema, so both say the same about bad values. */
async function verifyCli(
  args: string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const flags = [
    'duration',
    'interval',
    'failure-threshold',
    'success-threshold',
    'initial-delay',
    'probe-timeout',
    'probe-concurrency',
  ] as const
  const { values } = parseArgs({
    args,
    options: {
      probes: { type: 'string' },
      sha: { type: 'string' },
      json: { type: 'boolean', default: false },
      ...Object.fromEntries(flags.map((f) => [f, { type: 'string' as const }])),
    },
    strict: true,
  })
  if (!values.probes) throw InputError.at('probes', 'required: --probes FILE')
  const text = readFile(values.probes as string, '--probes')
  const inputs: Record<string, string> = { command: 'verify', probes: text }
  const given = values as Record<string, unknown>
  for (const f of flags) if (typeof given[f] === 'string') inputs[f] = given[f] as string
  const settings = readSettings((name) => inputs[name] ?? '')
  const { analysisConfig, prepareProbes, probeRelease } = await import('./verify/probing.js')
  const runner = terminalRunner(values.json ? err : out, err)
  const { probes, redactor } = prepareProbes(text, runner, process.env)
  const { probesFor } = await import('./verify/probe-schema.js')
  const sha = (values.sha as string | undefined) ?? process.env.GITHUB_SHA ?? ''
  // What {{ release.sha }} stands for is a full commit SHA, as the action gets it from GitHub.
  if (sha && !/^[0-9a-f]{40}$/i.test(sha))
    throw InputError.at(
      values.sha ? 'sha' : 'GITHUB_SHA',
      `expected a full 40-character commit SHA, got "${sha}"`,
    )
  const { report } = await probeRelease(
    probesFor(probes, sha, 'neither --sha nor GITHUB_SHA gives it'),
    analysisConfig(settings),
    { runner, now: Date.now, workspace: process.cwd(), reportDir: '' },
    { target: sha ? `release ${short(sha)}` : 'the service', environment: 'local' },
    redactor,
  )
  const { verdictText } = await import('./verify/report.js')
  if (values.json) out(commandSafeJson(report))
  else out(commandSafe(verdictText(report)))
  return report.verdict.healthy ? 0 : 1
}

/**
 * Every action input as a flag (`--rollback-strategy command`), checked by the same code the
 * action runs before it changes anything. Nothing is probed, deployed or written.
 */
async function checkCli(args: string[], out: (s: string) => void): Promise<number> {
  const names = Object.keys(INPUT_DEFAULTS) as InputName[]
  const { values } = parseArgs({
    args,
    options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
    strict: true,
  })
  const given = values as Partial<Record<InputName, string>>
  const { settings, policyRules, probes } = await checkInputs(
    (name) => given[name] ?? '',
    process.cwd(),
  )
  const parts = [`command ${settings.command}`, `environment ${settings.environment}`]
  if (policyRules !== null) parts.push(`policy with ${plural(policyRules, 'rule')}`)
  if (probes !== null) parts.push(plural(probes, 'probe'))
  if (settings['rollback-strategy'] !== 'none')
    parts.push(`rollback strategy ${settings['rollback-strategy']}`)
  out(commandSafe(`inputs are valid: ${parts.join(', ')}`))
  return 0
}

export async function cli(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s + '\n'),
  err: (s: string) => void = (s) => process.stderr.write(s + '\n'),
): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'window':
        return await windowCli(rest, out)
      case 'verify':
        return await verifyCli(rest, out, err)
      case 'check':
        return await checkCli(rest, out)
      case 'demo': {
        const { demo } = await import('../demo/demo.js')
        // This file is bundled into dist/cli.js (only the CLI imports it, so it is never moved into a
        // shared chunk); the action it runs is dist/index.js beside it. The path is
        // built at run time so the bundler does not mistake it for an asset to copy.
        const action = fileURLToPath(new URL(['.', 'index.js'].join('/'), import.meta.url))
        const { values } = parseArgs({
          args: rest,
          options: { metrics: { type: 'boolean' }, 'no-metrics': { type: 'boolean' } },
        })
        // Unset: a metric probe when `prometheus` is installed (demo/demo.ts).
        const metrics = values.metrics ? true : values['no-metrics'] ? false : undefined
        return await demo({
          root: process.cwd(),
          action,
          out,
          ...(metrics === undefined ? {} : { metrics }),
        })
      }
      case 'standin': {
        const { standinCli } = await import('../demo/standin/cli.js')
        return await standinCli(rest, out, err)
      }
      case '--help':
      case '-h':
      case 'help':
        out(USAGE)
        return 0
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given')
    }
  } catch (e) {
    if (e instanceof InputError)
      err(commandSafeLines(`deploy-guard: invalid input, nothing was done.\n${e.message}`))
    else if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      err(commandSafeLines(`deploy-guard: ${(e as Error).message}\n${USAGE}`))
    else {
      err(commandSafeLines(`deploy-guard failed: ${(e as Error).stack ?? String(e)}`))
      return 3
    }
    return 2
  }
}
