// Secret canaries (issue 5): planted in probe URLs (userinfo and query), headers, the rollback,
// deploy and evidence commands' environment, and echoed back in probe response bodies. Every output of
// every command is searched: log, summary, outputs, report files, and everything written to
// GitHub (issue bodies, comments, deployment statuses). None may appear.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ActionRun } from '../../demo/action-process.js'
import { runCli } from '../helpers/action.js'
import { startService, type Service } from '../helpers/service.js'
import { TOKEN, createWorld, type World } from '../helpers/world.js'

const C = {
  user: 'canary-user-7f3a',
  pass: 'canary-pass-91bd',
  query: 'canary-query-5e2c0a9d',
  bearer: 'canary-bearer-c0ffee42',
  cookie: 'canary-cookie-8d1e5a',
  apiKey: 'canary-apikey-4b7f',
  env: 'canary-env-deploy-token-3a9e1c',
}
const BASIC = Buffer.from(`${C.user}:${C.pass}`).toString('base64')

let w: World
let svc: Service
let serving = ''
beforeAll(async () => {
  w = await createWorld()
  // production: the bad release fails and its error page echoes the whole request
  svc = await startService((req, res) => {
    const m = /^\/admin\/deploy\/(\w+)/.exec(req.url ?? '')
    if (m) {
      serving = m[1]!
      res.writeHead(200).end('deployed')
    } else if (serving === w.repo.bad) {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ status: 'down', url: req.url, headers: req.headers }))
    } else {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ status: 'up', echo: req.headers }))
    }
  })
})
afterAll(async () => {
  await svc.close()
  await w.close()
})

const PROBES = () => `- name: health
  url: http://${C.user}:${C.pass}@127.0.0.1:${svc.port}/healthz?token=${C.query}&page=1
  critical: true
  headers:
    Authorization: "Bearer ${C.bearer}"
    Cookie: "sid=${C.cookie}; theme=dark"
    X-Api-Key: "${C.apiKey}"
  expect: { json: { "$.status": up } }
`
// The commands print the token they were given, as deploy tools do when they are verbose.
const DEPLOY = (variable: string) =>
  `echo "deploying with $DEPLOY_TOKEN"; node -e "fetch('${'http://127.0.0.1:'}' + process.env.PORT + '/admin/deploy/' + process.env.${variable}, { method: 'POST' }).then((r) => process.exit(r.ok ? 0 : 1))"`

const runs: ActionRun[] = []
async function run(inputs: Record<string, string>, sha: string) {
  const r = await w.run(
    {
      probes: PROBES(),
      'rollback-strategy': 'command',
      'rollback-command': DEPLOY('DEPLOY_GUARD_PREVIOUS_SHA'),
      'deploy-command': DEPLOY('GITHUB_SHA'),
      'evidence-command': 'echo "evidence gathered with $DEPLOY_TOKEN"',
      ...inputs,
    },
    sha,
    { env: { DEPLOY_TOKEN: C.env, PORT: String(svc.port) } },
  )
  runs.push(r)
  return r
}

test('every command, with secrets everywhere, leaks none of them', async () => {
  w.seedDeployment(w.repo.good, 'success')
  // deploy: window, deploy command, verification fails, rollback, issue
  const failed = await run({ command: 'deploy' }, w.repo.bad)
  expect(failed.outputs).toMatchObject({ healthy: 'false', 'rolled-back': 'true' })
  // rollback on demand, a healthy verify, and the window locked by the incident
  await fetch(`${svc.url}/admin/deploy/${w.repo.bad}`)
  const onDemand = await run({ command: 'rollback', 'override-reason': 'errors' }, w.repo.bad)
  expect(onDemand.outputs['rolled-back']).toBe('true')
  expect((await run({ command: 'verify' }, w.repo.good)).outputs.healthy).toBe('true')
  expect((await run({ command: 'window' }, w.repo.good)).outputs.allowed).toBe('false')

  // the CLI, with the same probes in a file, against the failing release
  await fetch(`${svc.url}/admin/deploy/${w.repo.bad}`)
  const file = join(w.dir, 'probes.yml')
  writeFileSync(file, PROBES())
  const fast = ['--interval', '100ms', '--duration', '300ms', '--failure-threshold', '1']
  const cliJson = await runCli(['verify', '--probes', file, ...fast, '--json'], w.dir)
  const cliText = await runCli(['verify', '--probes', file, ...fast], w.dir)
  expect([cliJson.code, cliText.code]).toEqual([1, 1])
  expect(JSON.parse(cliJson.stdout).verdict.healthy).toBe(false)

  // the secrets were really used: sent to the service, and printed by the commands
  expect(svc.requests.some((q) => q.headers.authorization === `Bearer ${C.bearer}`)).toBe(true)
  expect(svc.requests.some((q) => q.url.includes(C.query))).toBe(true)
  expect(w.gh.state.issues.length).toBeGreaterThan(0)

  const everything = [
    ...runs.flatMap((r) => [
      r.stdout.replace(/^::add-mask::.*$/gm, ''), // the runner's own instruction to mask them
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
      ...readdirSync(join(r.dir, 'deploy-guard')).map((f) =>
        readFileSync(join(r.dir, 'deploy-guard', f), 'utf8'),
      ),
    ]),
    // everything written to GitHub: issues, comments, labels, deployments, statuses
    JSON.stringify(w.gh.requests.map((q) => q.body ?? null)),
    JSON.stringify(w.gh.state.issues),
    ...[cliJson, cliText].flatMap((r) => [r.stdout, r.stderr]),
  ].join('\n')
  expect(everything).toContain('deploying with ***') // the commands' own output was scrubbed
  expect(everything).toContain('evidence gathered with ***')
  expect(everything).toContain('"status":"down"') // the evidence is there, minus the secrets
  for (const secret of [...Object.values(C), BASIC, TOKEN]) expect(everything).not.toContain(secret)
})
