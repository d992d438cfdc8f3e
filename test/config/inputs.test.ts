import { InputError } from '../../src/config/errors.js'
import { readSettings, type InputName } from '../../src/config/inputs.js'

const settings = (inputs: Partial<Record<InputName, string>>) =>
  readSettings((n) => inputs[n] ?? '')

function problem(inputs: Partial<Record<InputName, string>>): string {
  try {
    settings(inputs)
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return (e as Error).message
  }
  throw new Error('inputs were accepted')
}

test('defaults match action.yml and parse to typed values', () => {
  const s = settings({ command: 'window' })
  expect(s).toMatchObject({
    command: 'window',
    environment: 'production',
    'initial-delay': 0,
    interval: 10_000,
    duration: 60_000,
    'failure-threshold': 3,
    'success-threshold': 3,
    'probe-timeout': 5000,
    'rollback-strategy': 'none',
    issue: true,
    'issue-labels': ['deploy-guard', 'incident'],
    'issue-assignees': [],
    'lock-on-incident': true,
    'dry-run': false,
    'evidence-command': '',
    'evidence-timeout': 30_000,
    'probe-concurrency': 8,
    vantage: '',
    reports: '',
    quorum: 'majority',
  })
})

test('a fan-in needs reports and no probes; quorum reads numbers and words', () => {
  expect(settings({ command: 'verify', reports: 'reports/' })).toMatchObject({
    reports: 'reports/',
    probes: '',
  })
  expect(settings({ command: 'verify', probes: 'x.yml', quorum: ' 2 ' }).quorum).toBe(2)
  expect(settings({ command: 'verify', probes: 'x.yml', quorum: 'all' }).quorum).toBe('all')
  expect(settings({ command: 'verify', probes: 'x.yml', vantage: 'eu-west 1' }).vantage).toBe(
    'eu-west 1',
  )
})

test.each([
  ['missing command', {}, /^command: required: one of window, verify, rollback, deploy$/],
  [
    'unknown command',
    { command: 'ship' },
    /^command: expected one of window, verify, rollback, deploy, got "ship"$/,
  ],
  [
    'boolean yes',
    { command: 'window', 'dry-run': 'yes' },
    /^dry-run: expected true or false, got "yes"$/,
  ],
  ['boolean 1', { command: 'window', issue: '1' }, /^issue: expected true or false, got "1"$/],
  [
    'bare number duration',
    { command: 'window', interval: '10' },
    /^interval: expected a duration such as/,
  ],
  ['zero interval', { command: 'window', interval: '0s' }, /^interval: must be longer than 0$/],
  ['negative duration', { command: 'window', duration: '-5m' }, /^duration: must not be negative/],
  [
    'threshold 0',
    { command: 'window', 'success-threshold': '0' },
    /^success-threshold: expected a whole number from 1/,
  ],
  [
    'threshold text',
    { command: 'window', 'failure-threshold': 'three' },
    /^failure-threshold: expected a whole number/,
  ],
  [
    'unknown strategy',
    { command: 'window', 'rollback-strategy': 'git' },
    /^rollback-strategy: expected one of none, command, deployment, workflow/,
  ],
  [
    'command strategy without command',
    { command: 'verify', probes: 'x.yml', 'rollback-strategy': 'command' },
    /^rollback-command: required when rollback-strategy is "command"$/,
  ],
  [
    'workflow strategy without workflow',
    { command: 'verify', probes: 'x.yml', 'rollback-strategy': 'workflow' },
    /^rollback-workflow: required when rollback-strategy is "workflow"$/,
  ],
  [
    'deploy without deploy-command',
    { command: 'deploy', probes: 'x.yml' },
    /^deploy-command: required when command is "deploy"$/,
  ],
  ['verify without probes', { command: 'verify' }, /^probes: required when command is "verify"$/],
  [
    'environment with a comma',
    { command: 'window', environment: 'a,b' },
    /^environment: must be a GitHub environment name/,
  ],
  [
    'a timer past what Node can wait',
    { command: 'window', 'probe-timeout': '25d' },
    /^probe-timeout: (must be at most 24 days|expected a duration)/,
  ],
  [
    'assignee that is no login',
    { command: 'window', 'issue-assignees': 'alice, Bob Smith' },
    /^issue-assignees\[1\]: "Bob Smith" is not a GitHub login \(or @actor\)$/,
  ],
  [
    'label over 50 characters',
    { command: 'window', 'issue-labels': `ok,${'x'.repeat(51)}` },
    /^issue-labels\[1\]: "x{51}" is longer than GitHub's 50 characters for a label$/,
  ],
  [
    'previous-ref with a range',
    { command: 'window', 'previous-ref': 'v1.2..v1.3' },
    /^previous-ref: "v1.2..v1.3" is not a valid commit SHA, tag or branch name$/,
  ],
  [
    'previous-ref with a space',
    { command: 'window', 'previous-ref': 'release 7' },
    /^previous-ref: "release 7" is not a valid/,
  ],
  [
    'evidence-timeout of nothing',
    { command: 'verify', probes: 'x.yml', 'evidence-timeout': '0s' },
    /^evidence-timeout: must be longer than 0$/,
  ],
  [
    'evidence-timeout without a unit',
    { command: 'verify', probes: 'x.yml', 'evidence-timeout': '30' },
    /^evidence-timeout: expected a duration such as/,
  ],
  [
    'probe-concurrency of zero',
    { command: 'verify', probes: 'x.yml', 'probe-concurrency': '0' },
    /^probe-concurrency: expected a whole number from 1 to 10000, got "0"$/,
  ],
  [
    'quorum of half',
    { command: 'verify', reports: 'r/', quorum: 'half' },
    /^quorum: expected majority, all, any or a whole number from 1 to 10000, got "half"$/,
  ],
  ['quorum of zero', { command: 'verify', reports: 'r/', quorum: '0' }, /^quorum: expected/],
  [
    'vantage with a slash',
    { command: 'verify', probes: 'x.yml', vantage: 'eu/west' },
    /^vantage: expected a name of letters, digits/,
  ],
  [
    'reports with deploy',
    { command: 'deploy', 'deploy-command': 'true', probes: 'x.yml', reports: 'r/' },
    /^reports: only with command "verify"/,
  ],
  [
    'a vantage that would roll back',
    {
      command: 'verify',
      probes: 'x.yml',
      vantage: 'eu',
      'rollback-strategy': 'command',
      'rollback-command': 'x',
    },
    /^rollback-strategy: a vantage only reports/,
  ],
  [
    'a fan-in that is a vantage too',
    { command: 'verify', probes: 'x.yml', reports: 'r/', vantage: 'eu' },
    /^vantage: a fan-in with reports is not a vantage itself/,
  ],
  [
    'rollback-workflow with a directory',
    { command: 'window', 'rollback-workflow': '.github/workflows/rollback.yml' },
    /^rollback-workflow: expected a workflow file name such as rollback.yml/,
  ],
])('%s', (_name, inputs, expected) => {
  expect(problem(inputs)).toMatch(expected)
})

test('all bad inputs are reported together', () => {
  const lines = problem({ command: 'window', 'dry-run': 'maybe', interval: 'soon' }).split('\n')
  expect(lines).toHaveLength(2)
  expect(lines.join('\n')).toMatch(/^interval: /m)
  expect(lines.join('\n')).toMatch(/^dry-run: /m)
})

test('YAML 1.2 core booleans in every case form', () => {
  for (const v of ['true', 'True', 'TRUE'])
    expect(settings({ command: 'window', 'dry-run': v })['dry-run']).toBe(true)
  for (const v of ['false', 'False', 'FALSE'])
    expect(settings({ command: 'window', issue: v }).issue).toBe(false)
})

test('refs, workflows, logins and labels GitHub accepts', () => {
  const s = settings({
    command: 'window',
    'previous-ref': 'release/2026-11.3',
    'rollback-workflow': 'roll-back.v2.yaml',
    'issue-assignees': '@actor,@octo-cat,a1',
    'issue-labels': 'x'.repeat(50),
  })
  expect(s['previous-ref']).toBe('release/2026-11.3')
  expect(settings({ command: 'window', 'rollback-workflow': '1234' })['rollback-workflow']).toBe(
    '1234',
  )
  expect(s['issue-assignees']).toEqual(['@actor', '@octo-cat', 'a1'])
  expect(s['issue-labels']).toHaveLength(1)
})

test('lists split on commas and newlines', () => {
  expect(
    settings({ command: 'window', 'issue-assignees': 'alice, @actor\nbob,' })['issue-assignees'],
  ).toEqual(['alice', '@actor', 'bob'])
})
