// User commands run with inputs as environment variables, stream their output, and are stopped
// with their whole process group on timeout or cancellation.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runShell } from '../../src/rollback/process.js'
import { commandEnv } from '../../src/rollback/strategies.js'

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

test('cancellation stops the command promptly', async () => {
  const ac = new AbortController()
  setTimeout(() => ac.abort(), 100)
  const t = Date.now()
  const r = await runShell('sleep 30', {
    env,
    timeoutMs: 10_000,
    onLine: () => {},
    signal: ac.signal,
    graceMs: 200,
  })
  expect(r.cancelled).toBe(true)
  expect(Date.now() - t).toBeLessThan(1500)
})
