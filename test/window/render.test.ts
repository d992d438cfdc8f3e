// The week a window summary draws: the schedule rule by rule (engine), and the mermaid gantt a
// person reads at GitHub's width (render). docs/images/window-*.png are these, rendered by
// mermaid 11 in Chromium (npm run screenshots).
import { decideWindow } from '../../src/window/decide.js'
import { schedule } from '../../src/window/engine.js'
import { renderWindowSummary } from '../../src/window/render.js'
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
  - name: Year-end freeze
    from: 2026-12-19
    to: 2027-01-04
`

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')

test('the schedule names each closed stretch by its rule, overlapping rules each with theirs', async () => {
  const scope = await scopeOf(POLICY)
  // Thu 2026-12-17 00:00 to Mon 2026-12-21 00:00 Berlin (UTC+01)
  const rows = schedule(scope, at('2026-12-17T00:00:00+01:00'), at('2026-12-21T00:00:00+01:00'))
  const byName = Object.fromEntries(
    rows.map((r) => [r.name, r.periods.map((p) => `${iso(p.start)}/${iso(p.end)}`)]),
  )
  expect(rows.map((r) => r.kind)).toEqual(['open', 'outside', 'deny', 'deny', 'deny'])
  expect(byName).toEqual({
    Open: [
      '2026-12-17T08:00:00Z/2026-12-17T10:30:00Z',
      '2026-12-17T12:30:00Z/2026-12-17T15:00:00Z',
    ],
    'Outside Working hours': [
      '2026-12-16T23:00:00Z/2026-12-17T08:00:00Z',
      '2026-12-17T15:00:00Z/2026-12-20T23:00:00Z',
    ],
    'No Friday deploys': ['2026-12-17T23:00:00Z/2026-12-18T23:00:00Z'],
    // The lunch peak shows inside the freeze too: both close those hours.
    'Lunch peak': [
      '2026-12-17T10:30:00Z/2026-12-17T12:30:00Z',
      '2026-12-18T10:30:00Z/2026-12-18T12:30:00Z',
      '2026-12-19T10:30:00Z/2026-12-19T12:30:00Z',
      '2026-12-20T10:30:00Z/2026-12-20T12:30:00Z',
    ],
    'Year-end freeze': ['2026-12-18T23:00:00Z/2026-12-20T23:00:00Z'],
  })
})

/** The lines of the summary's mermaid block, fences excluded. */
function chart(summary: string): string[] {
  const m = /```mermaid\n([\s\S]*?)\n```\n/.exec(summary)
  if (!m) throw new Error(`no mermaid block in:\n${summary}`)
  return m[1]!.split('\n')
}

test('the summary draws the week as a compact gantt in the policy zone, wall-clock times, UTC offset in the title', async () => {
  const d = decideWindow({
    scope: await scopeOf(POLICY),
    environment: 'production',
    at: at('2026-12-17T11:45:00+01:00'),
    lock: null,
    override: null,
  })
  const lines = chart(renderWindowSummary(d))
  expect(lines).toContain('    displayMode: compact')
  expect(lines).toContain('  title Next 7 days in Europe/Berlin (UTC+01 now)')
  expect(lines).toContain('  dateFormat YYYY-MM-DD HH:mm')
  expect(lines).toContain('  todayMarker off')
  const section = (name: string) => {
    const i = lines.indexOf(`  section ${name}`)
    if (i < 0) throw new Error(`no section ${name} in:\n${lines.join('\n')}`)
    const end = lines.findIndex((l, j) => j > i && l.startsWith('  section '))
    return lines.slice(i + 1, end < 0 ? undefined : end)
  }
  // Local wall-clock times; a 2.5 h bar gets a dot, a long one a word.
  expect(section('Open')).toEqual([
    '  · :active, 2026-12-17 09:00, 2026-12-17 11:30',
    '  · :active, 2026-12-17 13:30, 2026-12-17 16:00',
  ])
  expect(section('Year-end freeze')).toEqual(['  closed :crit, 2026-12-19 00:00, 2026-12-24 00:00'])
  expect(section('Lunch peak')).toHaveLength(7)
  expect(section('Now')).toEqual(['  now 11h45 :milestone, 2026-12-17 11:45, 2026-12-17 11:45'])
})

test('the incident lock is a row from now to the end of the week; an override is the milestone', async () => {
  const d = decideWindow({
    scope: await scopeOf(POLICY),
    environment: 'production',
    at: at('2026-12-17T10:00:00+01:00'),
    lock: { number: 12, url: 'https://github.com/acme/shop/issues/12', title: 'x' },
    override: { reason: 'hotfix', actor: 'alice' },
  })
  const lines = chart(renderWindowSummary(d))
  const i = lines.indexOf('  section Incident 12')
  expect(lines[i + 1]).toBe(
    '  locked until the incident is closed :crit, 2026-12-17 10:00, 2026-12-24 00:00',
  )
  expect(lines.at(-1)).toBe('  override by alice :milestone, 2026-12-17 10:00, 2026-12-17 10:00')
})

test('a DST change inside the week: the title gives the offset now, bars stay on the local clock', async () => {
  const d = decideWindow({
    scope: await scopeOf(
      'timezone: America/New_York\ndeny:\n  - name: Evening peak\n    hours: "18:00-21:00"\n',
    ),
    environment: 'production',
    at: at('2026-03-06T12:00:00-05:00'),
    lock: null,
    override: null,
  })
  const lines = chart(renderWindowSummary(d))
  expect(lines).toContain('  title Next 7 days in America/New_York (UTC-05 now)')
  // 18:00-21:00 local before and after the spring-forward of Sunday 2026-03-08.
  expect(lines).toContain('  · :crit, 2026-03-07 18:00, 2026-03-07 21:00')
  expect(lines).toContain('  · :crit, 2026-03-09 18:00, 2026-03-09 21:00')
})

test('rule and actor names cannot leave the chart or inject mermaid syntax', async () => {
  const hostile = 'Freeze: ```\\n%%{init: {"theme":"dark"}}%%\\n# x ; click y call z()'
  const d = decideWindow({
    scope: await scopeOf(
      `timezone: UTC\ndeny:\n  - name: ${JSON.stringify(hostile)}\n    hours: "10:00-12:00"\n`,
    ),
    environment: 'production',
    at: at('2026-12-17T10:30:00Z'),
    lock: null,
    override: { reason: 'r', actor: 'mallory`:;#' },
  })
  const summary = renderWindowSummary(d)
  const lines = chart(summary)
  expect(summary.match(/```/g)).toHaveLength(2)
  for (const l of lines.slice(lines.indexOf('gantt') + 1))
    expect(l).toMatch(
      /^ {2}(title|dateFormat|axisFormat|tickInterval|todayMarker|section) |^ {2}[^:;#%`]+ :[a-z]+, /,
    )
  expect(lines.some((l) => l.startsWith('  section Freeze'))).toBe(true)
})
