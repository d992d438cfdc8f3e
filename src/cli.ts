// The `deploy-guard` command line: the same engine as the action, with no GitHub needed.
// Exit codes: 0 open/healthy, 1 closed/unhealthy, 2 bad input.

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { InputError } from './config/errors.js'
import { decideWindow } from './window/decide.js'
import { loadPolicy } from './window/policy.js'
import { renderGridText } from './window/render.js'

const USAGE = `usage:
  deploy-guard window --policy FILE [--environment ENV] [--at ISO-INSTANT] [--json]
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
      JSON.stringify({
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
    out(d.reason)
    out('')
    out(renderGridText(d))
  }
  return d.allowed ? 0 : 1
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
      case '--help':
      case '-h':
      case 'help':
        out(USAGE)
        return 0
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given')
    }
  } catch (e) {
    if (e instanceof InputError) err(`deploy-guard: invalid input, nothing was done.\n${e.message}`)
    else if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      err(`deploy-guard: ${(e as Error).message}\n${USAGE}`)
    else {
      err(`deploy-guard failed: ${(e as Error).stack ?? String(e)}`)
      return 3
    }
    return 2
  }
}
