// User commands run with inputs as environment variables and the environment a `run:` step
// would get, stream their output, end when the shell exits, and are stopped with their whole
// process group on exit, timeout or cancellation.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  commandEnvironment,
  runShell as run,
  type ShellOptions,
} from '../../src/rollback/process.js'
import { commandEnv } from '../../src/rollback/strategies.js'

/** A shell on this process's environment and clock, unless a test hands in its own. */
const runShell = (command: string, o: Omit<ShellOptions, 'base' | 'now'> & Partial<ShellOptions>) =>
  run(command, { base: process.env, now: Date.now, ...o })

const env = commandEnv({
  environment: 'production',
  previousSha: 'aaaaaaa1111111',
  previousRef: 'v1.2.3',
  failedSha: 'bbbbbbb2222222',
  reason: '$(touch /tmp/pwned-by-reason); `id`; "quoted" \'single\'',
})

test('inputs arrive as environment variables, never interpolated into the command', async () => {
  const lines: string[] = []
  const r = await runShell(
    'echo "env=$DEPLOY_GUARD_ENVIRONMENT prev=$DEPLOY_GUARD_PREVIOUS_SHA ref=$DEPLOY_GUARD_PREVIOUS_REF failed=$DEPLOY_GUARD_FAILED_SHA"; printf "%s\\n" "$DEPLOY_GUARD_REASON"',
    {
      env,
      timeoutMs: 5000,
      onLine: (l) => lines.push(l),
    },
  )
  expect(r).toMatchObject({ code: 0, timedOut: false, cancelled: false })
  expect(lines).toEqual([
    'env=production prev=aaaaaaa1111111 ref=v1.2.3 failed=bbbbbbb2222222',
    '$(touch /tmp/pwned-by-reason); `id`; "quoted" \'single\'',
  ])
  expect(existsSync('/tmp/pwned-by-reason')).toBe(false)
})

test('stdout and stderr stream line by line; a failing pipeline fails', async () => {
  const lines: string[] = []
  const r = await runShell('echo one; echo two >&2; false | true; printf tail-without-newline', {
    env,
    timeoutMs: 5000,
    onLine: (l) => lines.push(l),
  })
  expect(r.code).toBe(0)
  expect(lines).toEqual(expect.arrayContaining(['one', 'two', 'tail-without-newline']))
  const p = await runShell('false | true', { env, timeoutMs: 5000, onLine: () => {} })
  expect(p.code).toBe(1)
})

test('a timeout stops the whole process group, children included', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-shell-'))
  const marker = join(dir, 'child-survived')
  const t = Date.now()
  const r = await runShell(`(sleep 1.5; echo alive > ${marker}) & sleep 30`, {
    env,
    timeoutMs: 300,
    onLine: () => {},
    graceMs: 200,
  })
  expect(r.timedOut).toBe(true)
  expect(r.code === null || r.code !== 0).toBe(true)
  expect(Date.now() - t).toBeLessThan(2000)
  await new Promise((done) => setTimeout(done, 1800))
  expect(existsSync(marker) ? readFileSync(marker, 'utf8') : 'killed').toBe('killed')
})

/** `sleep 30` under `signal`, aborted `abortAfterMs` after the start (0: before it). */
async function cancelledSleep(abortAfterMs: number) {
  const ac = new AbortController()
  if (abortAfterMs === 0) ac.abort()
  else setTimeout(() => ac.abort(), abortAfterMs)
  const t = Date.now()
  const r = await runShell('sleep 30', {
    env,
    timeoutMs: 10_000,
    onLine: () => {},
    signal: ac.signal,
    graceMs: 200,
  })
  return { r, took: Date.now() - t }
}

test('cancellation stops the command promptly', async () => {
  const { r, took } = await cancelledSleep(100)
  expect(r.cancelled).toBe(true)
  expect(took).toBeLessThan(1500)
})

test('a command started after the run was cancelled is stopped at once, not at its timeout', async () => {
  const { r, took } = await cancelledSleep(0)
  expect(r.cancelled).toBe(true)
  expect(took).toBeLessThan(1500)
})

describe('commandEnvironment', () => {
  // What the runner gives a JavaScript action (NodeScriptActionHandler) on top of a `run:` step.
  const actionOnly = {
    'INPUT_GITHUB-TOKEN': 'ghs_input_token_value',
    'INPUT_ROLLBACK-COMMAND': './deploy.sh',
    INPUT_ENVIRONMENT: 'production',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
    ACTIONS_RUNTIME_URL: 'https://pipelines.example/',
    ACTIONS_CACHE_URL: 'https://cache.example/',
    ACTIONS_RESULTS_URL: 'https://results.example/',
    ACTIONS_CACHE_SERVICE_V2: 'True',
    ACTIONS_CACHE_MODE: 'read-write',
  }
  // What a `run:` step gets too (ScriptHandler), or the job's/step's own `env:`.
  const runStep = {
    PATH: '/usr/bin:/bin',
    HOME: '/home/runner',
    GITHUB_SHA: 'cccccccc3333333',
    GITHUB_TOKEN: 'from-the-steps-env',
    RUNNER_TRACKING_ID: 'github_1234',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
    ACTIONS_ORCHESTRATION_ID: 'orch-1',
    INPUTS_DIR: '/not/an/input',
  }

  test('drops the inputs and the runtime service credentials, keeps what a run: step sees', () => {
    const base: NodeJS.ProcessEnv = { ...runStep, ...actionOnly, UNSET: undefined }
    expect(commandEnvironment(base, { DEPLOY_GUARD_ENVIRONMENT: 'production' })).toEqual({
      ...runStep,
      DEPLOY_GUARD_ENVIRONMENT: 'production',
    })
  })

  test("deploy-guard's own variables win, and the base is not changed", () => {
    const base: NodeJS.ProcessEnv = { DEPLOY_GUARD_REASON: 'stale', 'INPUT_GITHUB-TOKEN': 'x' }
    expect(commandEnvironment(base, { DEPLOY_GUARD_REASON: 'fresh' })).toEqual({
      DEPLOY_GUARD_REASON: 'fresh',
    })
    expect(base).toEqual({ DEPLOY_GUARD_REASON: 'stale', 'INPUT_GITHUB-TOKEN': 'x' })
  })
})

test("a command sees the step's environment, not the action's inputs, runtime token or this process's", async () => {
  // The step's environment is handed in (StepIO.env); what only this process has stays out.
  const base = {
    PATH: process.env.PATH,
    HOME: '/home/runner',
    'INPUT_GITHUB-TOKEN': 'ghs_input_token_value',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
    GITHUB_SHA: 'cccccccc3333333',
    GITHUB_TOKEN: 'from-the-steps-env',
  }
  process.env.DG_ONLY_IN_THIS_PROCESS = 'not-the-steps'
  try {
    const lines: string[] = []
    const r = await runShell('env', { env, base, timeoutMs: 5000, onLine: (l) => lines.push(l) })
    expect(r.code).toBe(0)
    const seen = new Map(
      lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    )
    expect(seen.has('INPUT_GITHUB-TOKEN')).toBe(false)
    expect(seen.has('ACTIONS_RUNTIME_TOKEN')).toBe(false)
    expect(lines.join('\n')).not.toContain('ghs_input_token_value')
    expect(seen.has('DG_ONLY_IN_THIS_PROCESS')).toBe(false)
    expect(seen.get('PATH')).toBe(process.env.PATH)
    expect(seen.get('HOME')).toBe('/home/runner')
    expect(seen.get('GITHUB_SHA')).toBe('cccccccc3333333')
    expect(seen.get('GITHUB_TOKEN')).toBe('from-the-steps-env')
    for (const [k, v] of Object.entries(env)) expect(seen.get(k)).toBe(v)
  } finally {
    delete process.env.DG_ONLY_IN_THIS_PROCESS
  }
})

test('the duration is measured on the injected clock', async () => {
  // A clock that advances 5 s per reading: a wall clock would say a few milliseconds.
  let t = Date.parse('2026-12-01T10:00:00Z')
  const now = () => (t += 5000)
  const r = await runShell('true', { env, now, timeoutMs: 5000, onLine: () => {} })
  expect(r.durationMs).toBe(5000)
})

test('a background child holding stdout does not hold the step; it is stopped with the group', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-shell-'))
  const marker = join(dir, 'child-survived')
  const lines: string[] = []
  const t = Date.now()
  // Both background jobs inherit the shell's stdout and stderr.
  const r = await runShell(`sleep 30 & (sleep 0.5; echo alive > ${marker}) & echo started`, {
    env,
    timeoutMs: 20_000,
    onLine: (l) => lines.push(l),
  })
  expect(Date.now() - t).toBeLessThan(1000)
  expect(r).toMatchObject({ code: 0, timedOut: false, cancelled: false })
  expect(lines).toEqual(['started'])
  await new Promise((done) => setTimeout(done, 800))
  expect(existsSync(marker) ? readFileSync(marker, 'utf8') : 'killed').toBe('killed')
})

test('a process that left the group (setsid) and holds the pipes: output so far, then the step ends', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-shell-'))
  const pidFile = join(dir, 'pid')
  const lines: string[] = []
  const t = Date.now()
  try {
    const r = await runShell(
      // Waits until the daemon is in its own session, or the group kill could still reach it.
      `setsid sh -c 'echo $$ > ${pidFile}.tmp; mv ${pidFile}.tmp ${pidFile}; exec sleep 30' &
       until [ -e ${pidFile} ]; do sleep 0.01; done
       echo started; printf last-line-without-newline`,
      { env, timeoutMs: 20_000, onLine: (l) => lines.push(l) },
    )
    expect(Date.now() - t).toBeLessThan(1000)
    expect(r).toMatchObject({ code: 0, timedOut: false })
    expect(lines).toEqual(['started', 'last-line-without-newline'])
  } finally {
    // Not ours to stop in runShell (it left the group), but this test's to clean up.
    for (let i = 0; i < 50 && !existsSync(pidFile); i++)
      await new Promise((done) => setTimeout(done, 20))
    const pid = Number(readFileSync(pidFile, 'utf8'))
    expect(() => process.kill(pid, 0)).not.toThrow() // it did escape the group kill
    process.kill(pid, 'SIGKILL')
  }
})

test('a last line without a newline is captured', async () => {
  const lines: string[] = []
  const r = await runShell('echo first; printf no-newline', {
    env,
    timeoutMs: 5000,
    onLine: (l) => lines.push(l),
  })
  expect(r.code).toBe(0)
  expect(lines).toEqual(['first', 'no-newline'])
})
