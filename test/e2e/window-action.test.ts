// The window command through the bundled action, as the runner runs it.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../helpers/action.js'

const DAY = 86_400_000
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** A freeze from 2000 through the day after tomorrow (UTC): closed now, opens at a known instant. */
function freezePolicy(): { yaml: string; opens: string } {
  const today = Math.floor(Date.now() / DAY) * DAY
  return {
    yaml: `timezone: UTC\ndeny:\n  - name: Big freeze\n    from: 2000-01-01\n    to: ${ymd(today + 2 * DAY)}\n`,
    opens: new Date(today + 3 * DAY).toISOString().replace('.000Z', 'Z'),
  }
}

test('closed window: step fails, outputs and summary say why and when it opens', async () => {
  const { yaml, opens } = freezePolicy()
  const r = await runAction({ command: 'window', policy: yaml, environment: 'production' })
  expect(r.code).toBe(1)
  expect(r.outputs).toMatchObject({ allowed: 'false', overridden: 'false', 'next-window': opens })
  expect(r.outputs.reason).toMatch(
    /^Deploys to production are closed: "Big freeze" \(\w{3} \d\d:\d\d UTC\)\. Next window opens /,
  )
  expect(r.stdout).toContain(`::error::${r.outputs.reason}`)
  expect(r.summary.split('\n')[0]).toBe('### 🔴 Deploy window for production: closed')
  expect(r.summary).toContain('| Closed by | Big freeze (`deny[0]`) |')
  expect(r.summary).toContain(`\`${opens}\``)
  // The week as a gantt: the freeze on its own row until it ends, open after it.
  expect(r.summary).toContain('```mermaid')
  expect(r.summary).toMatch(/ {2}section Big freeze\n {2}closed :crit, \d{4}-\d\d-\d\d \d\d:\d\d, /)
  expect(r.summary).toMatch(/ {2}section Open\n {2}open :active, /)
  const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'))
  expect(report).toMatchObject({
    command: 'window',
    allowed: false,
    rule: 'Big freeze',
    nextWindow: opens,
  })
})

test('override: the step passes and records who, why and which rule', async () => {
  const { yaml } = freezePolicy()
  const r = await runAction({
    command: 'window',
    policy: yaml,
    'override-reason': 'hotfix for INC-7',
  })
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ allowed: 'true', overridden: 'true' })
  expect(r.outputs.reason).toMatch(/Overridden by @octocat: "hotfix for INC-7"\.$/)
  expect(r.stdout).toContain(
    '::warning::Deploy window override by @octocat: "hotfix for INC-7" (bypassed: Big freeze)',
  )
  expect(r.summary.split('\n')[0]).toBe('### 🟧 Deploy window for production: closed, overridden')
  expect(r.summary).toMatch(
    // a zero-width space after the "@": the summary names the actor without mentioning them
    /\| Override \| by @\u200boctocat: hotfix for INC-7 \(bypassed Big freeze\) \|/,
  )
})

test('audit mode (on-closed: warn): allowed=false, a warning with the rule and next window, the step passes', async () => {
  const { yaml, opens } = freezePolicy()
  const r = await runAction({ command: 'window', policy: yaml, 'on-closed': 'warn' })
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ allowed: 'false', overridden: 'false', 'next-window': opens })
  expect(r.stdout).not.toContain('::error::')
  expect(r.stdout).toContain(
    `::warning::on-closed: warn, so the step goes on; the window would have been closed: ${r.outputs.reason}`,
  )
  expect(r.outputs.reason).toMatch(/"Big freeze".*Next window opens /)
  expect(r.summary.split('\n')[0]).toBe(
    '### 🟡 Deploy window for production: would have been closed (on-closed: warn)',
  )
  expect(r.summary).toContain('**would have been closed**; the step passes')
  const bad = await runAction({ command: 'window', policy: yaml, 'on-closed': 'ignore' })
  expect(bad.stdout).toContain('on-closed: expected one of fail, warn')
})

test('open window from a policy file in the workspace', async () => {
  const r = await runAction(
    { command: 'window', policy: 'policy.yml', environment: 'staging' },
    {
      GITHUB_WORKSPACE: writePolicy(
        'timezone: UTC\nenvironments:\n  staging:\n    deny: []\ndeny:\n  - name: Always\n    from: 2000-01-01\n',
      ),
    },
  )
  expect(r.code).toBe(0)
  expect(r.outputs).toMatchObject({ allowed: 'true', 'next-window': '', overridden: 'false' })
  expect(r.outputs.reason).toMatch(/^Deploys to staging are open: no deny rule matches/)
})

test('bad policy: the step fails naming the field, and no output, summary or report is written', async () => {
  const r = await runAction({
    command: 'window',
    policy: 'timezone: UTC\ndeny:\n  - hours: "9-17"\n',
  })
  expect(r.code).toBe(1)
  expect(r.stdout).toContain(
    '::error::deploy-guard: invalid input, nothing was done.%0Apolicy.deny[0].hours: expected "HH:MM-HH:MM", got "9-17"',
  )
  expect(r.outputs).toEqual({})
  expect(r.summary).toBe('')
  expect(existsSync(join(r.dir, 'deploy-guard'))).toBe(false)
})

test('a bad field in a policy file: an error annotation on its file and line', async () => {
  const r = await runAction(
    { command: 'window', policy: 'policy.yml' },
    {
      GITHUB_WORKSPACE: writePolicy('timezone: UTC\ndeny:\n  - name: Lunch\n    hours: "12-13"\n'),
    },
  )
  expect(r.code).toBe(1)
  expect(r.stdout).toContain(
    '::error title=deploy-guard%3A invalid policy,file=policy.yml,line=4::policy.deny[0].hours: expected "HH:MM-HH:MM", got "12-13"',
  )
  expect(r.stdout).toContain('::error::deploy-guard: invalid input, nothing was done.')
})

test('missing policy file and bad inputs are input errors', async () => {
  const r = await runAction({ command: 'window', policy: 'nope/policy.yml', 'dry-run': 'yes' })
  expect(r.code).toBe(1)
  expect(r.stdout).toContain('dry-run: expected true or false, got "yes"')
  const f = await runAction({ command: 'window', policy: 'nope/policy.yml' })
  expect(f.stdout).toContain('policy: file "nope/policy.yml" does not exist')
})

function writePolicy(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-ws-'))
  writeFileSync(join(dir, 'policy.yml'), text)
  return dir
}
