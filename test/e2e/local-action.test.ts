// GitHub's @github/local-action runs src/main.ts as it is, stubbing @actions/core, and shows the
// outputs the action set: what an action developer sees when trying a step locally. It failed
// ("No outputs were set!") while the action wrote outputs without @actions/core.
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../helpers/action.js'
import { ok, startService, type Service } from '../helpers/service.js'

let svc: Service
beforeAll(async () => {
  svc = await startService(ok('{"status":"up"}', 200, { 'content-type': 'application/json' }))
})
afterAll(async () => {
  await svc.close()
})

async function localAction(env: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'dg-local-action-'))
  const file = join(dir, '.env')
  writeFileSync(
    file,
    Object.entries(env)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join('\n'),
  )
  // Not spawnSync: the service the probes reach lives in this process and must keep answering.
  const child = spawn(
    join(ROOT, 'node_modules', '.bin', 'local-action'),
    ['run', '.', 'src/main.ts', file],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dir,
        NODE_PACKAGE_MANAGER: 'npm',
        RUNNER_TEMP: dir,
      },
    },
  )
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (out += d))
  await new Promise((resolve) => child.on('close', resolve))
  // The "Action Outputs" table: one row per output, `│ n │ 'name' │ 'value' │`.
  const table = out.slice(out.indexOf('Action Outputs'))
  const outputs: Record<string, string> = {}
  for (const m of table.matchAll(/│\s*\d+\s*│\s*'([^']+)'\s*│\s*'([^']*)'\s*│/g))
    outputs[m[1]!] = m[2]!
  return { out, outputs }
}

test('window: local-action runs src/main.ts and shows its outputs', async () => {
  const { out, outputs } = await localAction({
    INPUT_COMMAND: 'window',
    INPUT_POLICY: 'timezone: UTC\ndeny:\n  - name: Always\n    from: 2000-01-01\n',
    'INPUT_LOCK-ON-INCIDENT': 'false',
    'INPUT_ON-CLOSED': 'warn',
  })
  expect(out).not.toContain('No outputs were set!')
  expect(outputs).toMatchObject({ allowed: 'false', overridden: 'false' })
  expect(outputs.reason).toMatch(/^Deploys to production are closed: "Always"/)
}, 120_000)

test('verify: the probes run and the verdict is an output', async () => {
  const { out, outputs } = await localAction({
    INPUT_COMMAND: 'verify',
    // dotenv reads \n in a double-quoted value, not \" : the YAML keeps to single quotes
    INPUT_PROBES: `- name: health\n  url: ${svc.url}/healthz\n  expect: { json: { '$.status': up } }\n`,
    INPUT_INTERVAL: '100ms',
    INPUT_DURATION: '300ms',
  })
  expect(out).toMatch(/round 3\/\d+ +1\/1 passing/)
  expect(outputs).toMatchObject({ healthy: 'true', 'rolled-back': 'false' })
  expect(svc.requests.length).toBeGreaterThanOrEqual(3)
}, 120_000)
