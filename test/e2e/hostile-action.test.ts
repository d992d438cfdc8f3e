// The hostile set through the bundled action and the CLI, as a runner runs them: what the process
// prints is what the runner reads (actions/runner's command parser, per
// test/helpers/runner-commands.ts), and the summary file is what GitHub renders (judged by a GFM
// parser that is not ours). The command-level suite (test/commands/hostile-outputs.test.ts)
// covers every field; this proves the same holds for @actions/core's real output and the CLI's.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { safeUrl } from '../../src/report/markdown.js'
import { runAction, runCli } from '../helpers/action.js'
import { HOSTILE, HOSTILE_ALL, HOSTILE_REASON, NGINX_502 } from '../helpers/hostile.js'
import { judge } from '../helpers/markdown-oracle.js'
import { commandProblems } from '../helpers/runner-commands.js'
import { startService, type Service } from '../helpers/service.js'

const SECRET = 'probe-secret-0123456789'
const ENV = 'prod\n::error::forged ##[stop-commands]tok @someone #42 :rocket: $x$ \u202e<b>'
const NAMES = [HOSTILE[2], `${HOSTILE_ALL} ::add-mask::x`]

let svc: Service
beforeEach(async () => {
  svc = await startService((req, res) => {
    if (req.url?.startsWith('/bad'))
      return void res.writeHead(502, { 'content-type': 'text/html' }).end(NGINX_502)
    res.writeHead(200).end(`${HOSTILE_ALL}\nyou sent: ${req.headers.authorization}`)
  })
})
afterEach(async () => svc.close())

const probes = () =>
  JSON.stringify([
    { name: NAMES[0], url: `${svc.url}/bad`, critical: true },
    { name: NAMES[1], url: `${svc.url}/body`, headers: { Authorization: `Bearer ${SECRET}` }, expect: { 'body-contains': 'all good' } }, // prettier-ignore
  ])

/** Nothing the runner would act on but our own commands; no mask but the probe's secret. */
function expectInert(output: string): void {
  expect(commandProblems(output, { masks: [`Bearer ${SECRET}`, SECRET], forged: /^forged/ })).toEqual([]) // prettier-ignore
  // the secret is only ever said to the runner, to be masked
  expect(output.replace(/^::add-mask::.*$/gm, '')).not.toContain(SECRET)
}

const SUMMARY = {
  headingOk: (h: string) => /^#{2,4} /.test(h) && !/^#+ injected heading/.test(h),
  fences: ['mermaid', 'text'],
  blockquotes: true,
  linkOk: (url: string) => safeUrl(url) === url,
}

test('verify: the log and the summary of a failing run with hostile names and bodies', async () => {
  const r = await runAction({
    command: 'verify',
    environment: ENV,
    probes: probes(),
    interval: '50ms',
    duration: '150ms',
    'probe-timeout': '2s',
  })
  expect(r.code).toBe(1)
  expect(r.outputs.healthy).toBe('false')
  expectInert(r.stdout + r.stderr)
  expect(r.stdout).toContain('## [stop-commands]token') // said, escaped
  expect(judge(r.summary, SUMMARY).problems).toEqual([])
  expect(r.summary).not.toContain(SECRET)
})

test('window: a multi-line override reason and an environment with a newline', async () => {
  const names = NAMES.map((n) => `  - name: ${JSON.stringify(n.trim())}\n    days: mon-sun`)
  const r = await runAction({
    command: 'window',
    environment: ENV,
    policy: `timezone: UTC\ndeny:\n${names.join('\n')}\n`,
    'override-reason': HOSTILE_REASON,
  })
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ allowed: 'true', overridden: 'true' })
  expectInert(r.stdout + r.stderr)
  expect(r.stdout).toMatch(/^::warning::Deploy window override by @/m)
  expect(judge(r.summary, SUMMARY).problems).toEqual([])
})

test('the CLI in a run: step: verify, plain and --json, prints nothing the runner acts on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-hostile-cli-'))
  const file = join(dir, 'probes.yml')
  writeFileSync(file, probes())
  const flags = ['--interval', '50ms', '--duration', '150ms', '--probe-timeout', '2s']
  const plain = await runCli(['verify', '--probes', file, ...flags])
  expect(plain.code).toBe(1)
  expectInert(plain.stdout + plain.stderr)
  const json = await runCli(['verify', '--probes', file, '--json', ...flags])
  expect(json.code).toBe(1)
  expectInert(json.stdout + json.stderr)
  // still the report, whole: the escape is JSON's own
  const report = JSON.parse(json.stdout.trim().split('\n').at(-1)!)
  expect(report.probes.map((p: { name: string }) => p.name)).toEqual(NAMES.map((n) => n.trim()))
  expect(JSON.stringify(report)).toContain('##[stop-commands]token')
})
