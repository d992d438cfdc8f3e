import { decideWindow } from '../../src/window/decide.js'
import { at, scopeOf } from '../helpers/policy.js'

const POLICY = `timezone: Europe/Berlin
allow:
  - name: Working hours
    days: mon-thu
    hours: "09:00-16:00"
deny:
  - name: No Friday deploys
    days: fri
  - name: Lunch peak
    hours: "11:30-13:30"
`

async function decide(iso: string, extra: Partial<Parameters<typeof decideWindow>[0]> = {}) {
  return decideWindow({
    scope: await scopeOf(POLICY),
    environment: 'production',
    at: at(iso),
    lock: null,
    override: null,
    ...extra,
  })
}

test('a closed window names the rule, the local time and the next window with a countdown', async () => {
  const d = await decide('2026-11-20T14:05:00+01:00')
  expect(d.reason).toBe(
    'Deploys to production are closed: "No Friday deploys" (Fri 14:05 Europe/Berlin). ' +
      'Next window opens Mon 2026-11-23 09:00 Europe/Berlin (in 2d 18h 55m).',
  )
  expect(d).toMatchObject({
    allowed: false,
    open: false,
    rule: 'No Friday deploys',
    nextWindow: '2026-11-23T08:00:00Z',
    at: '2026-11-20T13:05:00Z',
    overridden: false,
    closesAt: null,
  })
})

test('outside every allow rule, the allow rules are named', async () => {
  const d = await decide('2026-11-23T07:00:00+01:00')
  expect(d.rule).toBe('Working hours')
  expect(d.reason).toMatch(
    /closed: outside the allowed windows "Working hours" \(Mon 07:00 Europe\/Berlin\)/,
  )
  expect(d.nextWindow).toBe('2026-11-23T08:00:00Z')
})

test('an open window says which allow rule and when it closes', async () => {
  const d = await decide('2026-11-23T10:00:00+01:00')
  expect(d.allowed).toBe(true)
  expect(d.rule).toBeNull()
  expect(d.nextWindow).toBeNull()
  expect(d.closesAt).toBe('2026-11-23T10:30:00Z')
  expect(d.reason).toBe(
    'Deploys to production are open: inside "Working hours" (Mon 10:00 Europe/Berlin); ' +
      'it closes Mon 2026-11-23 11:30 Europe/Berlin (in 1h 30m).',
  )
})

test('the end hour is exclusive: 16:00 is closed, 15:59 open', async () => {
  expect((await decide('2026-11-23T15:59:00+01:00')).allowed).toBe(true)
  expect((await decide('2026-11-23T16:00:00+01:00')).allowed).toBe(false)
  expect((await decide('2026-11-23T09:00:00+01:00')).allowed).toBe(true)
})

test('several matching deny rules: the first is the rule, the others are listed', async () => {
  const scope = await scopeOf(
    'timezone: UTC\ndeny:\n  - name: A\n    days: fri\n  - name: B\n    hours: "10:00-11:00"\n',
  )
  const d = decideWindow({
    scope,
    environment: 'prod',
    at: at('2026-11-20T10:30:00Z'),
    lock: null,
    override: null,
  })
  expect(d.rule).toBe('A')
  expect(d.denying.map((r) => r.name)).toEqual(['A', 'B'])
  expect(d.reason).toContain('"A" (Fri 10:30 UTC); also "B"')
})

test('an override passes a closed window and records who, why and what it bypassed', async () => {
  const d = await decide('2026-11-20T14:05:00+01:00', {
    override: { reason: '  hotfix INC-42 ', actor: 'alice' },
  })
  expect(d.allowed).toBe(true)
  expect(d.open).toBe(false)
  expect(d.overridden).toBe(true)
  expect(d.override).toEqual({
    reason: 'hotfix INC-42',
    actor: 'alice',
    bypassed: 'No Friday deploys',
  })
  expect(d.reason).toMatch(/Overridden by @alice: "hotfix INC-42"\.$/)
  expect(d.nextWindow).toBe('2026-11-23T08:00:00Z')
})

test('a whitespace override is no override', async () => {
  const d = await decide('2026-11-20T14:05:00+01:00', {
    override: { reason: ' \n ', actor: 'alice' },
  })
  expect(d.allowed).toBe(false)
  expect(d.overridden).toBe(false)
})

test('an override on an open window changes nothing', async () => {
  const d = await decide('2026-11-23T10:00:00+01:00', { override: { reason: 'x', actor: 'alice' } })
  expect(d.allowed).toBe(true)
  expect(d.overridden).toBe(false)
})

test('an open incident locks an open window, names the issue, and has no next window', async () => {
  const lock = {
    number: 12,
    url: 'https://github.com/o/r/issues/12',
    title: 'Rollback: production deploy of abc1234 failed',
  }
  const d = await decide('2026-11-23T10:00:00+01:00', { lock })
  expect(d.allowed).toBe(false)
  expect(d.rule).toBe('incident #12')
  expect(d.nextWindow).toBeNull()
  expect(d.reason).toMatch(/incident #12 is open/)
  const o = await decide('2026-11-23T10:00:00+01:00', {
    lock,
    override: { reason: 'fix forward', actor: 'bob' },
  })
  expect(o.allowed).toBe(true)
  expect(o.override?.bypassed).toBe('incident #12')
})

test('no open window within a year: next window is null and the reason says so', async () => {
  const scope = await scopeOf('timezone: UTC\ndeny:\n  - name: Forever\n    from: 2026-01-01\n')
  const d = decideWindow({
    scope,
    environment: 'prod',
    at: at('2026-06-01T00:00:00Z'),
    lock: null,
    override: null,
  })
  expect(d.nextWindow).toBeNull()
  expect(d.reason).toContain('no open window within a year')
})

test('a window 300 days ahead is found', async () => {
  const scope = await scopeOf(
    'timezone: UTC\ndeny:\n  - name: Long freeze\n    from: 2026-01-01\n    to: 2026-10-27\n',
  )
  const d = decideWindow({
    scope,
    environment: 'prod',
    at: at('2026-01-01T00:00:00Z'),
    lock: null,
    override: null,
  })
  expect(d.nextWindow).toBe('2026-10-28T00:00:00Z')
})

test('no policy: open, only the lock can close it', async () => {
  const d = decideWindow({
    scope: null,
    environment: 'prod',
    at: at('2026-11-20T14:05:00Z'),
    lock: null,
    override: null,
  })
  expect(d.allowed).toBe(true)
  expect(d.reason).toBe('Deploys to prod are open: no deploy-window policy is configured.')
  expect(d.grid).toEqual([])
})

test('the grid has 7 local days of 24 hours, starting today, with lunch partly open', async () => {
  const d = await decide('2026-11-23T10:00:00+01:00')
  expect(d.grid).toHaveLength(7)
  expect(d.grid[0]).toMatchObject({ date: '2026-11-23', weekday: 'Mon' })
  const mon = d.grid[0]!.cells
  expect(mon.slice(8, 17)).toEqual([
    'closed',
    'open',
    'open',
    'partial',
    'closed',
    'partial',
    'open',
    'open',
    'closed',
  ])
  expect(d.grid[4]!.cells.every((c) => c === 'closed')).toBe(true) // Friday
})

test('the grid marks the hour a spring-forward skips', async () => {
  const scope = await scopeOf('timezone: Europe/Berlin\ndeny:\n  - name: x\n    days: sat\n')
  const d = decideWindow({
    scope,
    environment: 'p',
    at: at('2026-03-29T00:30:00+01:00'),
    lock: null,
    override: null,
  })
  expect(d.grid[0]!.cells[2]).toBe('none')
  expect(d.grid[0]!.cells.filter((c) => c === 'none')).toHaveLength(1)
})

test('"00:00-24:00" is the whole day, and "22:00-24:00" ends at midnight', async () => {
  const scope = await scopeOf(`timezone: Europe/Berlin
allow:
  - name: Weekends all day
    days: sat-sun
    hours: "00:00-24:00"
  - name: Late Friday
    days: fri
    hours: "22:00-24:00"
`)
  const d = (iso: string) =>
    decideWindow({ scope, environment: 'production', at: at(iso), lock: null, override: null })
  expect(d('2026-11-21T00:00:00+01:00').allowed).toBe(true)
  expect(d('2026-11-22T23:59:00+01:00').allowed).toBe(true)
  expect(d('2026-11-23T00:00:00+01:00').allowed).toBe(false)
  expect(d('2026-11-20T21:59:00+01:00').nextWindow).toBe('2026-11-20T21:00:00Z')
  expect(d('2026-11-20T23:30:00+01:00').allowed).toBe(true)
  // The weekend window runs on from Friday night: it closes Sunday at midnight.
  expect(d('2026-11-20T23:30:00+01:00').closesAt).toBe('2026-11-22T23:00:00Z')
})
