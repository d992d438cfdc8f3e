// The verify command through the bundled action and the CLI, against real loopback services.
import { readFileSync, readdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runAction, runCli } from '../helpers/action.js'
import { ok, startService, type Service } from '../helpers/service.js'

let svc: Service
beforeEach(async () => {
  svc = await startService(ok('ok abc1234'))
})
afterEach(async () => svc.close())

const FAST = { interval: '50ms', duration: '150ms', 'probe-timeout': '300ms' }

test('healthy: outputs, round log lines, summary with verdict first and charts', async () => {
  const r = await runAction({
    command: 'verify',
    probes: `- name: home\n  url: ${svc.url}/\n  expect: { body-contains: abc1234 }\n- name: api\n  url: ${svc.url}/api\n  critical: true\n`,
    ...FAST,
  })
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ healthy: 'true', severity: '' })
  expect(r.stdout).toMatch(/^round 1\/4 {2}2\/2 passing {2}p95 \d+ ms {2}took \d+ ms$/m)
  expect(r.stdout).toMatch(/^::group::probe home: GET http:\/\/127\.0\.0\.1:\d+\/$/m)
  expect(r.summary.split('\n')[0]).toMatch(
    /^### 🟢 the deployed release on production is healthy: 2\/2 probes passed the last 3 rounds/,
  )
  expect(r.summary).toContain('| Probe | Passed | Failed | p50 | p95 | Last error |')
  expect(r.summary).toContain('xychart-beta')
  const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'))
  expect(report.verdict).toMatchObject({ healthy: true, outcome: 'healthy' })
  expect(report.rounds[0]).toEqual(
    expect.objectContaining({ number: 1, passed: true, startedAt: expect.stringMatching(/Z$/) }),
  )
  expect(report.rounds[0].results[0]).toEqual(
    expect.objectContaining({
      probe: 'home',
      ok: true,
      status: 200,
      latencyMs: expect.any(Number),
    }),
  )
})

test('unhealthy: the step fails with the verdict, severity P1 for a critical probe', async () => {
  svc.handle(ok('down', 503))
  const r = await runAction({
    command: 'verify',
    probes: `- name: api\n  url: ${svc.url}/api\n  critical: true\n- name: home\n  url: ${svc.url}/\n  expect: { status: 503 }\n`,
    ...FAST,
  })
  expect(r.code).toBe(1)
  // Once, under the full suite's load, this step ended with no outputs at all: should it
  // again, the failure shows the step's log instead of an empty object.
  expect({ outputs: r.outputs, log: r.outputs.healthy ? '' : `${r.stdout}\n${r.stderr}` }).toEqual({
    outputs: expect.objectContaining({ healthy: 'false', severity: 'P1' }),
    log: '',
  })
  expect(r.stdout).toMatch(
    /::error::the deployed release on production is unhealthy \(P1\): 3 consecutive rounds failed/,
  )
  expect(r.summary).toMatch(/^### 🔴 /)
  expect(r.summary).toContain('`http-status` expected status 200-399, got 503')
})

test('canary secrets in URLs and headers appear in no output', async () => {
  const canaries = [
    'canary-user-7f3a',
    'canary-pass-91bd',
    'canary-query-5e2c0a9d',
    'canary-bearer-c0ffee42',
    'canary-cookie-8d1e',
    'canary-apikey-4b7f',
  ]
  // The service echoes every header back: evidence carries the secrets unless scrubbed.
  svc.handle((req, res) => {
    res.writeHead(500, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ url: req.url, headers: req.headers }))
  })
  const r = await runAction({
    command: 'verify',
    probes: `- name: echo
  url: http://${canaries[0]}:${canaries[1]}@127.0.0.1:${svc.port}/x?token=${canaries[2]}&page=1
  headers:
    Authorization: "Bearer ${canaries[3]}"
    Cookie: "sid=${canaries[4]}"
    X-Api-Key: "${canaries[5]}"
`,
    ...FAST,
    'failure-threshold': '1',
  })
  expect(r.code).toBe(1)
  expect(svc.requests[0]!.headers.authorization).toBe(`Bearer ${canaries[3]}`) // really sent
  const everything = [
    r.stdout,
    r.stderr,
    r.summary,
    JSON.stringify(r.outputs),
    ...readdirSync(join(r.dir, 'deploy-guard')).map((f) =>
      readFileSync(join(r.dir, 'deploy-guard', f), 'utf8'),
    ),
  ]
  // the runner is told to mask each one (add-mask lines are the only place they may appear)
  const unmasked = everything.map((t) => t.replace(/^::add-mask::.*$/gm, ''))
  const basic = Buffer.from(`${canaries[0]}:${canaries[1]}`).toString('base64')
  for (const c of [...canaries, basic]) for (const text of unmasked) expect(text).not.toContain(c)
  expect(r.stdout).toContain('::add-mask::')
  expect(r.summary).toContain('***')
})

test('a probes file takes ${{ env.NAME }} from the step env; ${{ secrets.X }} in a file is an input error', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'dg-ws-'))
  writeFileSync(
    join(ws, 'probes.yml'),
    `- name: api\n  url: ${svc.url}/healthz\n  headers: { Authorization: "Bearer \${{ env.HEALTH_TOKEN }}" }\n`,
  )
  const r = await runAction(
    { command: 'verify', probes: 'probes.yml', ...FAST },
    { GITHUB_WORKSPACE: ws, HEALTH_TOKEN: 'canary-file-token-5a1d' },
  )
  expect(r.code).toBe(0)
  expect(svc.requests[0]!.headers.authorization).toBe('Bearer canary-file-token-5a1d')
  expect(r.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('canary-file-token-5a1d')

  const before = svc.requests.length
  writeFileSync(
    join(ws, 'probes.yml'),
    `- url: ${svc.url}/\n  headers: { Authorization: "Bearer \${{ secrets.HEALTH_TOKEN }}" }\n`,
  )
  const bad = await runAction(
    { command: 'verify', probes: 'probes.yml', ...FAST },
    { GITHUB_WORKSPACE: ws },
  )
  expect(bad.code).toBe(1)
  expect(bad.stdout).toContain(
    'probes[0].headers.Authorization: ${{ secrets.HEALTH_TOKEN }} is not filled in from a file',
  )
  expect(svc.requests).toHaveLength(before) // nothing probed
})

test('bad probes: the step fails naming the field before any request', async () => {
  const r = await runAction({
    command: 'verify',
    probes: `- url: ${svc.url}/\n  expect: { body-matches: "(" }\n`,
  })
  expect(r.code).toBe(1)
  expect(r.stdout).toContain('probes[0].expect.body-matches: not a valid regular expression')
  expect(svc.requests).toHaveLength(0)
  expect(r.outputs).toEqual({})
})

test('CLI: deploy-guard verify --probes examples/probes.yml against a live local server', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-cli-verify-'))
  const file = join(dir, 'probes.yml')
  svc.handle((req, res) => {
    if (req.url?.startsWith('/healthz')) {
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end('{"status":"up","db":{"ok":true}}')
    }
    res.end('ok')
  })
  writeFileSync(
    file,
    readFileSync(join(ROOT, 'examples', 'probes.yml'), 'utf8').replaceAll(
      '127.0.0.1:8080',
      `127.0.0.1:${svc.port}`,
    ),
  )
  const r = await runCli(['verify', '--probes', file, '--interval', '50ms', '--duration', '100ms'])
  expect(r.code).toBe(0)
  expect(r.stdout).toMatch(/^round 1\/3 {2}2\/2 passing/m)
  expect(r.stdout.trim().split('\n').pop()).toMatch(/^the service on local is healthy/)
  expect(r.stdout).not.toContain('example-token')

  svc.handle(ok('no', 500))
  const bad = await runCli([
    'verify',
    '--probes',
    file,
    '--interval',
    '50ms',
    '--duration',
    '100ms',
    '--json',
  ])
  expect(bad.code).toBe(1)
  expect(JSON.parse(bad.stdout).verdict).toMatchObject({ healthy: false, severity: 'P1' })
  const input = await runCli(['verify', '--probes', file, '--interval', '0s'])
  expect(input.code).toBe(2)
  expect(input.stderr).toMatch(/^interval: must be longer than 0$/m)
})
