// One step of the action without a process, for the command-layer tests (test/commands/): the
// inputs checked as src/main.ts checks them, a recording runner (no module mocks), and the
// StepIO main.ts builds, against a world (the GitHub stand-in, the demo service, a real git
// repository; see world.ts). Only test helpers and src/commands are named here, so the stand-in
// and the demo can move without these tests noticing.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkInputs } from '../../src/config/check.js'
import type { InputName, Settings } from '../../src/config/inputs.js'
import type { StepIO } from '../../src/commands/context.js'
import { OUTPUTS, type OutputName } from '../../src/constants.js'
import { guardRunner } from '../../src/runner/guard.js'
import type { Runner } from '../../src/runner/runner.js'
import type { Call } from './runner-commands.js'
import { verifyCommand } from '../../src/commands/verify.js'
import { VERIFIED_MARK } from '../../src/rollback/previous.js'
import { createWorld, DEPLOY_TO, TOKEN, type World } from './world.js'

export type Inputs = Partial<Record<InputName, string>>

/** The outputs a command that verified a release sets (all but the window's), sorted. */
export const RELEASE_OUTPUTS = OUTPUTS.filter(
  (o) => !['allowed', 'reason', 'next-window', 'overridden'].includes(o),
).sort()

export interface Recording {
  /** The runner the commands get: the recorder behind the workflow-command guard, as on a runner. */
  runner: Runner
  /** Every call, in order: `info ...`, `warning ...`, `fail ...`, `summary <first line>`... */
  log: string[]
  /** The log calls as the guard passed them on, for test/helpers/runner-commands.ts. */
  calls: Call[]
  outputs: Partial<Record<OutputName, string>>
  /** Every summary written, in full, joined. */
  summary: () => string
  fails: string[]
  warnings: string[]
  secrets: string[]
}

/** A recording runner; `input` answers for the step's `with:` (for src/main.ts's runWith). */
export function recording(input: (name: InputName) => string = () => ''): Recording {
  const log: string[] = []
  const outputs: Recording['outputs'] = {}
  const summaries: string[] = []
  const fails: string[] = []
  const warnings: string[] = []
  const secrets: string[] = []
  const calls: Call[] = []
  const said = (kind: Call['kind'], text: string) => {
    calls.push({ kind, text })
    log.push(`${kind} ${text}`)
  }
  const recorder: Runner = {
    input,
    output: (name, value) => void (outputs[name] = value),
    info: (m) => said('info', m),
    debug: (m) => said('debug', m),
    warning: (m) => {
      warnings.push(m)
      said('warning', m)
    },
    summary: async (m) => {
      summaries.push(m)
      log.push(`summary ${m.split('\n')[0]}`)
    },
    group: async (name, fn) => {
      said('group', name)
      return fn()
    },
    secret: (v) => {
      secrets.push(v)
      calls.push({ kind: 'secret', text: v })
    },
    error: (m) => said('error', m),
    fail: (m) => {
      fails.push(m)
      said('fail', m)
    },
  }
  const runner = guardRunner(recorder)
  return {
    runner,
    log,
    calls,
    outputs,
    summary: () => summaries.join('\n'),
    fails,
    warnings,
    secrets,
  }
}

/** The instant the injected clock starts at: a Tuesday, 10:00 UTC. */
export const T0 = Date.parse('2026-12-01T10:00:00Z')

/**
 * An injected clock that starts at `t0` and runs at the speed of real time: the probe rounds
 * sleep for real, so a clock that stood still would never end a soak.
 */
export function clockAt(t0 = T0): () => number {
  const start = performance.now()
  return () => t0 + Math.floor(performance.now() - start)
}

/**
 * The environment the runner gives a step of a workflow run of `sha` against the world's
 * stand-in: its GITHUB_* variables, and PATH and HOME as every step has them.
 */
export function runEnv(w: World, sha: string, extra: Record<string, string> = {}) {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? w.dir,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: w.gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: sha,
    GITHUB_WORKSPACE: w.dir,
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '4242',
    DEPLOY_GUARD_GITHUB_PACE_MS: '5',
    ...extra,
  }
}

/**
 * Probes of the demo service (its health fails on the bad release) and fast verification. The
 * bad release answers 500 at once, and a healthy probe never waits for its timeout: a generous
 * probe-timeout costs nothing and keeps a stall of a loaded machine from failing a round (one
 * failed round past the soak is an unhealthy verdict).
 */
export function fastInputs(w: World): Inputs {
  return {
    probes: `- name: homepage\n  url: ${w.service.url}/\n- name: health\n  url: ${w.service.url}/healthz\n  critical: true\n  expect: { json: { "$.status": up } }\n`,
    interval: '50ms',
    duration: '150ms',
    'probe-timeout': '3s',
    'github-token': TOKEN,
  }
}

export interface Step {
  settings: Settings
  io: StepIO & { workspace: string; actor: string }
  rec: Recording
}

/**
 * What src/main.ts's runWith does before it calls a command: every input and YAML document
 * checked (an InputError here is "nothing was done"), the token registered as a secret, and
 * the same IO object. `inputs` are the step's `with:`; empty ones take action.yml's defaults.
 */
export async function step(
  inputs: Inputs,
  env: Record<string, string>,
  opts: { now?: () => number; signal?: AbortSignal } = {},
): Promise<Step> {
  const rec = recording()
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const { settings } = await checkInputs((name) => inputs[name] ?? '', workspace, env, true)
  if (settings['github-token']) rec.runner.secret(settings['github-token'])
  const io = {
    runner: rec.runner,
    env,
    now: opts.now ?? clockAt(),
    workspace,
    actor: env.GITHUB_ACTOR || 'unknown',
    reportDir: join(mkdtempSync(join(tmpdir(), 'dg-cmd-')), 'deploy-guard'),
    ...(opts.signal ? { signal: opts.signal } : {}),
  }
  return { settings, io, rec }
}

/** The stand-in's requests that change something (anything but GET). */
export const writes = (w: World) =>
  w.gh.requests.filter((q) => q.method !== 'GET').map((q) => `${q.method} ${q.template}`)

/**
 * A fresh world for each test of a file (one git repository for the whole file: it is only
 * read), closed after the test, which fails on any request GitHub's description does not allow.
 */
export function worldPerTest(set: (w: World) => void): void {
  let current: World | undefined
  let repo: World['repo'] | undefined
  beforeEach(async () => {
    current = await createWorld(repo)
    repo ??= current.repo
    set(current)
  })
  afterEach(async () => {
    expect(current!.gh.violations).toEqual([])
    expect(current!.gh.unimplemented).toEqual([])
    await current!.close()
  })
}

/** The good release verified by an earlier run, the bad one live: where a failure branch starts. */
export async function badReleaseLive(w: World): Promise<void> {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  await w.deploy(w.repo.bad)
}

/**
 * A verify step of the bad release, as src/main.ts runs it, whose rollback command puts the
 * previous release back on the world's service; `inputs` and `env` add to or replace that.
 */
export async function verifyBadRelease(
  w: World,
  inputs: Inputs = {},
  env: Record<string, string> = {},
): Promise<Recording> {
  const s = await step(
    {
      command: 'verify',
      ...fastInputs(w),
      'rollback-strategy': 'command',
      'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
      ...inputs,
    },
    runEnv(w, w.repo.bad, env),
  )
  await verifyCommand(s.settings, s.io)
  return s.rec
}
