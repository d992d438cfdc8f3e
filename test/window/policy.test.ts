// Bad policies: each gets an InputError naming the input and the field path, and nothing runs.
import { InputError } from '../../src/config/errors.js'
import { loadPolicy } from '../../src/window/policy.js'

async function problem(yaml: string): Promise<string> {
  try {
    await loadPolicy(yaml)
  } catch (e) {
    expect(e).toBeInstanceOf(InputError)
    return (e as Error).message
  }
  throw new Error('policy was accepted')
}

const base = 'timezone: Europe/Berlin\n'

test.each([
  ['unknown top-level key', `${base}denny: []\n`, /^policy\.denny: unknown key$/],
  [
    'unknown rule key',
    `${base}deny:\n  - name: x\n    day: fri\n`,
    /^policy\.deny\[0\]\.day: unknown key$/m,
  ],
  [
    'unknown timezone',
    'timezone: Europe/Berlinn\n',
    /^policy\.timezone: unknown time zone "Europe\/Berlinn"/,
  ],
  ['missing timezone', 'deny:\n  - days: fri\n', /^policy\.timezone: required$/],
  [
    'a year Date.UTC would read as 19xx',
    `${base}deny:\n  - from: 0050-06-01\n`,
    /^policy\.deny\[0\]\.from: "0050-06-01": the year must be 1000 or later$/,
  ],
  [
    'hours without minutes',
    `${base}deny:\n  - hours: "9-17"\n`,
    /^policy\.deny\[0\]\.hours: expected "HH:MM-HH:MM", got "9-17"$/,
  ],
  [
    'hours out of range',
    `${base}deny:\n  - name: a\n  - name: b\n    hours: "25:00-26:00"\n`,
    /^policy\.deny\[1\]\.hours: start "25:00" is not a time of day/m,
  ],
  [
    'empty hours range',
    `${base}allow:\n  - hours: "09:00-09:00"\n`,
    /^policy\.allow\[0\]\.hours: start and end are both 09:00/,
  ],
  [
    'unknown day',
    `${base}deny:\n  - days: funday\n`,
    /^policy\.deny\[0\]\.days: unknown day "funday"/,
  ],
  ['days as number', `${base}deny:\n  - days: 5\n`, /^policy\.deny\[0\]\.days: expected days/],
  [
    'to before from',
    `${base}deny:\n  - from: 2027-01-04\n    to: 2026-12-19\n`,
    /^policy\.deny\[0\]\.to: must be after "from"$/,
  ],
  [
    'bad date',
    `${base}deny:\n  - from: 2026-02-30\n`,
    /^policy\.deny\[0\]\.from: "2026-02-30" is not a calendar date$/,
  ],
  [
    'unknown holiday country',
    `${base}deny:\n  - holidays: XX\n`,
    /^policy\.deny\[0\]\.holidays: unknown holiday country "XX"$/,
  ],
  [
    'unknown holiday state',
    `${base}deny:\n  - holidays: DE-ZZ\n`,
    /^policy\.deny\[0\]\.holidays: unknown state "ZZ" of DE/,
  ],
  [
    'bad holiday type',
    `${base}deny:\n  - holidays: US\n    types: [public, fun]\n`,
    /^policy\.deny\[0\]\.types\[1\]: expected one of public/,
  ],
  [
    'types without holidays',
    `${base}deny:\n  - days: fri\n    types: [public]\n`,
    /^policy\.deny\[0\]\.types: only applies with "holidays"$/,
  ],
  [
    'bad offset',
    `${base}deny:\n  - holidays: US\n    offset: -1 day\n`,
    /^policy\.deny\[0\]\.offset: expected whole days/,
  ],
  [
    'bad cron',
    `${base}deny:\n  - cron: "0 25 * * *"\n    duration: 1h\n`,
    /^policy\.deny\[0\]\.cron: bad cron "0 25 \* \* \*": hour field: 25 is outside 0-23$/,
  ],
  [
    'cron with 6 fields',
    `${base}deny:\n  - cron: "0 0 18 * * 3"\n    duration: 1h\n`,
    /^policy\.deny\[0\]\.cron: bad cron .*expected 5 fields/,
  ],
  [
    'cron without duration',
    `${base}deny:\n  - cron: "0 18 * * 3"\n`,
    /^policy\.deny\[0\]\.duration: required with "cron"/,
  ],
  [
    'duration without cron',
    `${base}deny:\n  - days: fri\n    duration: 2h\n`,
    /^policy\.deny\[0\]\.cron: required with "duration"/,
  ],
  [
    'negative duration',
    `${base}deny:\n  - cron: "0 18 * * 3"\n    duration: -2h\n`,
    /^policy\.deny\[0\]\.duration: must not be negative/,
  ],
  [
    'rule with no condition',
    `${base}deny:\n  - name: Nothing\n`,
    /^policy\.deny\[0\]: a rule needs at least one of/,
  ],
  ['non-YAML text', 'timezone: [unclosed\n', /^policy: is not valid YAML at line \d+, column \d+/],
  ['a scalar, not a mapping', 'just some words\n', /^policy: expected a mapping, got text$/],
  ['empty policy', '   \n', /^policy: is empty$/],
  ['YAML null', '~\n', /^policy: is empty$/],
  ['duplicate keys', `${base}timezone: UTC\n`, /^policy: is not valid YAML/],
  [
    'environment override with bad rule',
    `${base}environments:\n  staging:\n    deny:\n      - hours: "9-5"\n`,
    /^policy\.environments\.staging\.deny\[0\]\.hours: expected "HH:MM-HH:MM"/,
  ],
  [
    'environment with unknown key',
    `${base}environments:\n  staging:\n    windows: []\n`,
    /^policy\.environments\.staging\.windows: unknown key$/,
  ],
  [
    'per-rule unknown timezone',
    `${base}deny:\n  - days: fri\n    timezone: Mars/Olympus\n`,
    /^policy\.deny\[0\]\.timezone: unknown time zone "Mars\/Olympus"/,
  ],
])('%s', async (_name, yaml, expected) => {
  expect(await problem(yaml)).toMatch(expected)
})

test('every problem is reported at once, each with its path', async () => {
  const msg = await problem(`${base}deny:\n  - hours: "9-17"\n  - days: funday\n`)
  expect(msg.split('\n')).toEqual([
    expect.stringMatching(/^policy\.deny\[0\]\.hours: /),
    expect.stringMatching(/^policy\.deny\[1\]\.days: /),
  ])
})

test('a valid policy with every rule kind loads', async () => {
  const p = await loadPolicy(`${base}allow:
  - name: Working hours
    days: mon-thu
    hours: "09:00-16:00"
deny:
  - name: Lunch
    hours: "11:30-13:30"
  - name: Holidays
    holidays: DE-BE
    types: [public]
  - name: Eve
    holidays: US
    offset: -1d
    timezone: America/New_York
  - name: Freeze
    from: 2026-12-19
    to: 2027-01-04T12:00
  - name: Train
    cron: "0 18 * * 3"
    duration: 2h
environments:
  staging: { allow: [], deny: [] }
`)
  const prod = await p.scope('production')
  expect(prod.allow.map((r) => r.name)).toEqual(['Working hours'])
  expect(prod.deny.map((r) => r.path)).toEqual([
    'deny[0]',
    'deny[1]',
    'deny[2]',
    'deny[3]',
    'deny[4]',
  ])
  const staging = await p.scope('staging')
  expect(staging.allow).toEqual([])
  expect(staging.deny).toEqual([])
})

test('an environment inherits the lists it does not name', async () => {
  const p = await loadPolicy(
    `${base}deny:\n  - name: Fri\n    days: fri\nenvironments:\n  qa:\n    timezone: UTC\n    allow:\n      - hours: "08:00-18:00"\n`,
  )
  const qa = await p.scope('qa')
  expect(qa.timezone).toBe('UTC')
  expect(qa.deny.map((r) => r.name)).toEqual(['Fri'])
  expect(qa.allow.map((r) => r.path)).toEqual(['environments.qa.allow[0]'])
})

describe('inherited rules are checked in the zone of the environment that re-reads them', () => {
  // From an instant to a local time: 2026-12-19T20:00 is 19:00Z in Berlin, after 12:00Z, but
  // 11:00Z in Tokyo, before it: valid at the top level, empty in a Tokyo environment.
  const freeze = [
    'timezone: Europe/Berlin',
    'deny:',
    '  - name: Saturday freeze',
    '    from: 2026-12-19T12:00:00Z',
    '    to: 2026-12-19T20:00',
  ].join('\n')

  test('a rule that would never match in the environment is an input error naming it', async () => {
    const message = await problem(`${freeze}\nenvironments:\n  tokyo: { timezone: Asia/Tokyo }\n`)
    expect(message).toMatch(
      /^policy\.deny\[0\]\.to: must be after "from" when read in Asia\/Tokyo, the timezone of environments\.tokyo, which inherits this rule/m,
    )
  })

  test('a freeze inside a DST gap of the environment is empty there', async () => {
    const yaml = [
      'timezone: UTC',
      'allow:',
      '  - { from: "2026-03-29T02:00", to: "2026-03-29T02:59" }',
      'environments:',
      '  berlin: { timezone: europe/berlin }',
      '',
    ].join('\n')
    expect(await problem(yaml)).toMatch(
      /^policy\.allow\[0\]\.to: must be after "from" when read in Europe\/Berlin, the timezone of environments\.berlin/m,
    )
  })

  test.each([
    ['the top-level zone', 'tokyo: { timezone: Europe/Berlin }'],
    ['no zone of its own', 'tokyo: { deny: [] }'],
    ['its own deny list', 'tokyo: { timezone: Asia/Tokyo, deny: [] }'],
  ])('is valid in an environment with %s', async (_name, env) => {
    await expect(loadPolicy(`${freeze}\nenvironments:\n  ${env}\n`)).resolves.toBeDefined()
  })

  test('is valid when the rule names its own zone, which it keeps everywhere', async () => {
    const yaml = `${freeze}\n    timezone: Europe/Berlin\nenvironments:\n  tokyo: { timezone: Asia/Tokyo }\n`
    const policy = await loadPolicy(yaml)
    const tokyo = await policy.scope('tokyo')
    expect(tokyo.deny[0]?.zone.name).toBe('Europe/Berlin')
    expect(tokyo.deny[0]?.matches(Date.parse('2026-12-19T15:00:00Z'))).toBe(true)
  })
})
