// The deploy-guard CLI, run as users run it.
import { runCli } from '../helpers/action.js'

test('the README example: a Friday closure with the next window on Monday', async () => {
  const r = await runCli([
    'window',
    '--policy',
    'examples/policy.yml',
    '--at',
    '2026-11-27T10:00:00+01:00',
    '--json',
  ])
  expect(r.code).toBe(1)
  const out = JSON.parse(r.stdout)
  expect(out).toEqual(
    expect.objectContaining({
      allowed: false,
      rule: 'No Friday deploys',
      nextWindow: '2026-11-30T08:00:00Z',
      at: '2026-11-27T09:00:00Z',
    }),
  )
  expect(out.reason).toMatch(/Next window opens Mon 2026-11-30 09:00 Europe\/Berlin/)
  expect(Object.keys(out)).toEqual(
    expect.arrayContaining(['allowed', 'reason', 'rule', 'nextWindow', 'at']),
  )
})

test('open window exits 0 and prints the reason and the week', async () => {
  const r = await runCli([
    'window',
    '--policy',
    'examples/policy.yml',
    '--at',
    '2026-11-24T10:00:00+01:00',
  ])
  expect(r.code).toBe(0)
  expect(r.stdout.split('\n')[0]).toBe(
    'Deploys to production are open: inside "Working hours" (Tue 10:00 Europe/Berlin); it closes Tue 2026-11-24 11:30 Europe/Berlin (in 1h 30m).',
  )
  expect(r.stdout).toContain('Tue 11-24 .........##+.+##........')
})

test('environment overrides apply', async () => {
  const r = await runCli([
    'window',
    '--policy',
    'examples/policy.yml',
    '--environment',
    'staging',
    '--at',
    '2026-11-27T10:00:00+01:00',
    '--json',
  ])
  expect(r.code).toBe(0)
  expect(JSON.parse(r.stdout)).toMatchObject({ allowed: true, rule: null, nextWindow: null })
})

test.each([
  [
    ['window', '--policy', 'does/not/exist.yml'],
    /policy: file "does\/not\/exist.yml" cannot be read/,
  ],
  [
    ['window', '--policy', 'examples/policy.yml', '--at', '2026-11-27T10:00:00'],
    /at: expected an ISO-8601 instant with an offset/,
  ],
  [
    ['window', '--policy', 'examples/policy.yml', '--at', 'tomorrow'],
    /at: expected an ISO-8601 instant/,
  ],
  [['window'], /policy: required/],
  [['window', '--policy', 'examples/policy.yml', '--bogus'], /Unknown option '--bogus'/],
  [['launch'], /unknown command "launch"/],
])('bad input exits 2: %j', async (args, message) => {
  const r = await runCli(args)
  expect(r.code).toBe(2)
  expect(r.stderr).toMatch(message)
  expect(r.stdout).toBe('')
})

test('a bad policy exits 2 naming the field path', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const dir = mkdtempSync(join(tmpdir(), 'dg-cli-'))
  writeFileSync(join(dir, 'p.yml'), 'timezone: UTC\ndeny:\n  - days: funday\n')
  const r = await runCli(['window', '--policy', join(dir, 'p.yml')])
  expect(r.code).toBe(2)
  expect(r.stderr).toMatch(/^policy\.deny\[0\]\.days: unknown day "funday"/m)
})
