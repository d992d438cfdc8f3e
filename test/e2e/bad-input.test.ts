// The bad-input corpus (issue 5): every malformed input or YAML field, through the bundled
// action and through the CLI. The step fails naming the input and field path; nothing runs,
// nothing reaches GitHub, and no output, summary or report is written.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { InputName } from '../../src/config/inputs.js'
import { runCli } from '../helpers/action.js'
import { createWorld, DEPLOY_TO, type World } from '../helpers/world.js'

let w: World
beforeAll(async () => {
  w = await createWorld()
})
afterAll(async () => {
  await w.close()
})

const POLICY = `timezone: Europe/Berlin
allow:
  - name: Working hours
    days: mon-sun
    hours: "00:00-24:00"
deny:
  - name: Freeze long ago
    from: 2000-01-01
    to: 2000-01-02
`
const PROBES = (url: string) => `- name: health
  url: ${url}/healthz
  critical: true
  expect: { status: 200, json: { "$.status": up } }
`
/** A policy with one deny rule whose body is `rule` (YAML flow mapping). */
const denyRule = (rule: string) => `timezone: UTC\ndeny:\n  - ${rule}\n`
const probe = (fields: string) => `- name: p\n  url: http://127.0.0.1:1/\n  ${fields}\n`

type Inputs = Partial<Record<InputName, string>>
interface Case {
  name: string
  inputs: Inputs
  /** The line that names the input and field path, as users read it. */
  error: string | RegExp
}

// prettier-ignore
const CORPUS: Case[] = [
  // the command and its requirements
  { name: 'no command', inputs: { command: '' }, error: 'command: required: one of window, verify, rollback, deploy' },
  { name: 'unknown command', inputs: { command: 'ship-it' }, error: 'command: expected one of window, verify, rollback, deploy, got "ship-it"' },
  { name: 'deploy without deploy-command', inputs: { 'deploy-command': '' }, error: 'deploy-command: required when command is "deploy"' },
  { name: 'deploy without probes', inputs: { probes: '' }, error: 'probes: required when command is "deploy"' },
  { name: 'verify without probes', inputs: { command: 'verify', probes: '' }, error: 'probes: required when command is "verify"' },
  { name: 'command strategy without its command', inputs: { 'rollback-command': ' ' }, error: 'rollback-command: required when rollback-strategy is "command"' },
  { name: 'workflow strategy without its workflow', inputs: { 'rollback-strategy': 'workflow' }, error: 'rollback-workflow: required when rollback-strategy is "workflow"' },
  { name: 'unknown strategy', inputs: { 'rollback-strategy': 'git-revert' }, error: 'rollback-strategy: expected one of none, command, deployment, workflow, got "git-revert"' },
  { name: 'workflow given as a path', inputs: { 'rollback-strategy': 'workflow', 'rollback-workflow': '.github/workflows/rollback.yml' }, error: /^rollback-workflow: expected a workflow file name such as rollback.yml/ },
  // names and lists
  { name: 'environment with a comma', inputs: { environment: 'prod,staging' }, error: /^environment: must be a GitHub environment name/ },
  { name: 'previous-ref that is a range', inputs: { 'previous-ref': 'v1..v2' }, error: 'previous-ref: "v1..v2" is not a valid commit SHA, tag or branch name' },
  { name: 'assignee that is not a login', inputs: { 'issue-assignees': 'alice,the sre team' }, error: 'issue-assignees[1]: "the sre team" is not a GitHub login (or @actor)' },
  { name: 'label longer than GitHub allows', inputs: { 'issue-labels': 'incident,' + 'l'.repeat(51) }, error: /^issue-labels\[1\]: "l{51}" is longer than GitHub's 50 characters/ },
  // booleans: YAML 1.2 core only
  { name: 'issue: yes', inputs: { issue: 'yes' }, error: 'issue: expected true or false, got "yes"' },
  { name: 'dry-run: 1', inputs: { 'dry-run': '1' }, error: 'dry-run: expected true or false, got "1"' },
  { name: 'lock-on-incident: on', inputs: { 'lock-on-incident': 'on' }, error: 'lock-on-incident: expected true or false, got "on"' },
  // durations and thresholds
  { name: 'duration without a unit', inputs: { duration: '60' }, error: /^duration: expected a duration such as/ },
  { name: 'negative duration', inputs: { duration: '-1m' }, error: /^duration: must not be negative/ },
  { name: 'interval of zero', inputs: { interval: '0s' }, error: 'interval: must be longer than 0' },
  { name: 'interval in words', inputs: { interval: 'ten seconds' }, error: /^interval: expected a duration such as/ },
  { name: 'initial-delay with a bad unit', inputs: { 'initial-delay': '5 sec' }, error: /^initial-delay: expected a duration such as/ },
  { name: 'probe-timeout of zero', inputs: { 'probe-timeout': '0ms' }, error: 'probe-timeout: must be longer than 0' },
  { name: 'rollback-timeout forever', inputs: { 'rollback-timeout': 'forever' }, error: /^rollback-timeout: expected a duration such as/ },
  { name: 'failure-threshold of zero', inputs: { 'failure-threshold': '0' }, error: /^failure-threshold: expected a whole number from 1 to 10000, got "0"/ },
  { name: 'success-threshold with a fraction', inputs: { 'success-threshold': '2.5' }, error: /^success-threshold: expected a whole number from 1 to 10000, got "2.5"/ },
  { name: 'failure-threshold in words', inputs: { 'failure-threshold': 'three' }, error: /^failure-threshold: expected a whole number/ },
  // the policy document
  { name: 'policy file that does not exist', inputs: { policy: 'config/no-such-policy.yml' }, error: /^policy: file "config\/no-such-policy.yml" does not exist/ },
  { name: 'policy that is not YAML', inputs: { policy: 'timezone: [UTC\n' }, error: /^policy: is not valid YAML at line \d+, column \d+/ },
  { name: 'policy that is a list', inputs: { policy: '- deny: fri\n' }, error: 'policy: expected a mapping, got a list' },
  { name: 'policy with an unknown key', inputs: { policy: 'timezone: UTC\ndenny: []\n' }, error: 'policy.denny: unknown key' },
  { name: 'unknown time zone', inputs: { policy: 'timezone: Mars/Olympus\n' }, error: /^policy.timezone: unknown time zone "Mars\/Olympus"/ },
  { name: 'hours without minutes', inputs: { policy: denyRule('{ name: Night, hours: "9-17" }') }, error: 'policy.deny[0].hours: expected "HH:MM-HH:MM", got "9-17"' },
  { name: 'hours past midnight', inputs: { policy: denyRule('{ name: Late, hours: "25:00-26:00" }') }, error: /^policy.deny\[0\].hours: start "25:00" is not a time of day/ },
  { name: 'an empty range of hours', inputs: { policy: denyRule('{ name: Empty, hours: "10:00-10:00" }') }, error: /^policy.deny\[0\].hours: start and end are both 10:00/ },
  { name: 'an unknown day', inputs: { policy: denyRule('{ name: Fun, days: "funday" }') }, error: /^policy.deny\[0\].days: unknown day "funday"/ },
  { name: 'a cron with minute 61', inputs: { policy: denyRule('{ name: Train, cron: "61 * * * *", duration: 1h }') }, error: /^policy.deny\[0\].cron: bad cron "61 \* \* \* \*"/ },
  { name: 'a cron without its duration', inputs: { policy: denyRule('{ name: Train, cron: "0 18 * * 3" }') }, error: /^policy.deny\[0\].duration: / },
  { name: 'an unknown holiday country', inputs: { policy: denyRule('{ name: Hol, holidays: "XX" }') }, error: /^policy.deny\[0\].holidays: / },
  { name: 'an unknown holiday type', inputs: { policy: denyRule('{ name: Hol, holidays: US, types: [fun] }') }, error: /^policy.deny\[0\].types\[0\]: expected one of / },
  { name: 'a holiday offset in words', inputs: { policy: denyRule('{ name: Eve, holidays: US, offset: tomorrow }') }, error: /^policy.deny\[0\].offset: expected whole days such as "-1d"/ },
  { name: 'a freeze from month 13', inputs: { policy: denyRule('{ name: Freeze, from: 2026-13-01, to: 2027-01-04 }') }, error: /^policy.deny\[0\].from: "2026-13-01" is not a calendar date/ },
  { name: 'a freeze that ends before it starts', inputs: { policy: denyRule('{ name: Freeze, from: 2027-01-04, to: 2026-12-19 }') }, error: /^policy.deny\[0\].to: / },
  { name: 'a rule with no condition', inputs: { policy: denyRule('{ name: Nothing }') }, error: 'policy.deny[0]: a rule needs at least one of days, hours, holidays, from/to or cron' },
  { name: 'a bad rule in an environment override', inputs: { policy: 'timezone: UTC\nenvironments:\n  production:\n    deny:\n      - { name: X, hours: "nine" }\n' }, error: 'policy.environments.production.deny[0].hours: expected "HH:MM-HH:MM", got "nine"' },
  { name: 'window command with a bad policy', inputs: { command: 'window', policy: denyRule('{ name: X, days: "mon-funday" }') }, error: /^policy.deny\[0\].days: unknown day/ },
  // the probes document
  { name: 'probes that are a mapping', inputs: { probes: 'url: http://127.0.0.1/\n' }, error: 'probes: expected a list, got a mapping' },
  { name: 'probes that are not YAML', inputs: { probes: '- name: x\n  url: "http://\n' }, error: /^probes: is not valid YAML at line \d+, column \d+/ },
  { name: 'probes file that does not exist', inputs: { probes: 'no-such-probes.yml' }, error: /^probes: file "no-such-probes.yml" does not exist/ },
  { name: 'a probe without a url', inputs: { probes: '- name: x\n' }, error: 'probes[0].url: required' },
  { name: 'a probe url that is not http', inputs: { probes: probe('method: GET').replace('http://127.0.0.1:1/', 'ftp://127.0.0.1/') }, error: /^probes\[0\].url: must be http or https/ },
  { name: 'a status of 600', inputs: { probes: probe('expect: { status: 600 }') }, error: /^probes\[0\].expect.status: / },
  { name: 'a status range backwards', inputs: { probes: probe('expect: { status: "300-200" }') }, error: /^probes\[0\].expect.status: / },
  { name: 'a body-matches that is no regex', inputs: { probes: probe('expect: { body-matches: "([" }') }, error: /^probes\[0\].expect.body-matches: / },
  { name: 'a JSON path without $', inputs: { probes: probe('expect: { json: { status: up } }') }, error: 'probes[0].expect.json.status: JSON path "status" must start with "$"' },
  { name: 'a max-latency in words', inputs: { probes: probe('expect: { max-latency: fast }') }, error: /^probes\[0\].expect.max-latency: expected a duration such as/ },
  { name: 'headers that are a list', inputs: { probes: probe('headers: [a, b]') }, error: 'probes[0].headers: expected a mapping, got a list' },
  { name: 'a method with a space', inputs: { probes: probe('method: "GE T"') }, error: /^probes\[0\].method: / },
  { name: 'critical: yes (not a YAML 1.2 boolean)', inputs: { probes: probe('critical: yes') }, error: 'probes[0].critical: expected true or false, got text' },
  { name: 'an unknown probe key', inputs: { probes: probe('expects: { status: 200 }') }, error: 'probes[0].expects: unknown key' },
  { name: 'an unknown expectation', inputs: { probes: probe('expect: { code: 200 }') }, error: 'probes[0].expect.code: unknown key' },
  { name: 'two probes with one name', inputs: { probes: probe('critical: true') + probe('critical: false') }, error: /^probes\[1\].name: / },
]

const MARK = (name: string) => join(w.dir, `ran-${name.replace(/\W+/g, '-')}`)

/** Valid inputs that would deploy, probe, roll back and write to GitHub; each case spoils one. */
function base(name: string): Inputs {
  const touch = `touch '${MARK(name)}'`
  return {
    command: 'deploy',
    policy: POLICY,
    probes: PROBES(w.service.url),
    'deploy-command': `${touch} && ${DEPLOY_TO(w.service.url, 'GITHUB_SHA')}`,
    'rollback-strategy': 'command',
    'rollback-command': `${touch} && ${DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA')}`,
    'issue-assignees': '@actor',
  }
}

const escaped = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

test(`the corpus has at least 40 cases (${CORPUS.length})`, () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(40)
  expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length)
})

describe('through the bundled action: the step fails naming the field, and nothing happens', () => {
  test.concurrent.each(CORPUS.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const r = await w.run({ ...base(c.name), ...c.inputs }, w.repo.bad)
    expect(r.code).toBe(1)
    const error = r.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
    expect(
      error.startsWith(escaped('::error::deploy-guard: invalid input, nothing was done.\n')),
    ).toBe(true)
    const lines = decodeURIComponent(error.replace('::error::', '').replace(/%0A/g, '\n')).split(
      '\n',
    )
    if (typeof c.error === 'string') expect(lines).toContain(c.error)
    else expect(lines.some((l) => (c.error as RegExp).test(l))).toBe(true)
    expect(r.outputs).toEqual({})
    expect(r.summary).toBe('')
    expect(existsSync(join(r.dir, 'deploy-guard'))).toBe(false)
    expect(existsSync(MARK(c.name))).toBe(false)
  })

  test('none of them reached GitHub, ran a command or touched the service', () => {
    expect(w.gh.requests).toEqual([])
    expect(readdirSync(w.dir).filter((f) => f.startsWith('ran-'))).toEqual([])
    expect(w.service.history).toEqual([])
  })

  // The control: without the spoiled input the same run deploys, rolls back and files an issue,
  // so the checks above can fail.
  test('the unspoiled inputs do deploy, roll back and write to GitHub', async () => {
    w.seedDeployment(w.repo.good, 'success')
    const r = await w.run(base('control'), w.repo.bad)
    expect(r.outputs).toMatchObject({ allowed: 'true', healthy: 'false', 'rolled-back': 'true' })
    expect(existsSync(MARK('control'))).toBe(true)
    expect(w.gh.requests.some((q) => q.method === 'POST')).toBe(true)
    expect(w.gh.state.issues).toHaveLength(1)
  })
})

/** `deploy-guard check` takes every action input as a flag, and says the same. */
describe('through the CLI: exit 2 with the same line', () => {
  test.concurrent.each(CORPUS.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const inputs = { ...base(c.name), ...c.inputs }
    const args = Object.entries(inputs).map(([k, v]) => `--${k}=${v}`)
    const r = await runCli(['check', ...args], w.dir)
    expect(r.code).toBe(2)
    const lines = r.stderr.split('\n')
    expect(lines[0]).toBe('deploy-guard: invalid input, nothing was done.')
    if (typeof c.error === 'string') expect(lines).toContain(c.error)
    else expect(lines.some((l) => (c.error as RegExp).test(l))).toBe(true)
    expect(r.stdout).toBe('')
    expect(existsSync(MARK(c.name))).toBe(false)
  })

  test('the unspoiled inputs pass the check, and nothing runs', async () => {
    const r = await runCli(
      ['check', ...Object.entries(base('cli')).map(([k, v]) => `--${k}=${v}`)],
      w.dir,
    )
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toBe(
      'inputs are valid: command deploy, environment production, policy with 2 rules, 1 probe, rollback strategy command\n',
    )
    expect(existsSync(MARK('cli'))).toBe(false)
  })
})
