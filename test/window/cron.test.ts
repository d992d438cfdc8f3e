import { CronClock, parseCron } from '../../src/window/cron.js'
import { zone } from '../../src/window/zone.js'

const iso = (ms: number) => new Date(ms).toISOString()

test.each([
  ['0 18 * * 3', 'minutes [0], hours [18], wednesday'],
  ['*/15 9-17 * * mon-fri', 'steps and names'],
  ['0 0 1,15 * *', 'lists'],
  ['30 2 * jan-mar 0', 'month names'],
  ['0 12 * * 7', 'sunday as 7'],
])('parses %s (%s)', (src) => {
  expect(parseCron(src).source).toBe(src)
})

test('fields are expanded', () => {
  const c = parseCron('*/20 9-11 * * mon-fri')
  expect(c.minutes).toEqual([0, 20, 40])
  expect(c.hours).toEqual([9, 10, 11])
  expect([...c.dows]).toEqual([1, 2, 3, 4, 5])
  expect(parseCron('0 0 * * 7').dows.has(0)).toBe(true)
})

test.each([
  ['0 18 * *', /expected 5 fields/],
  ['60 * * * *', /minute field: 60 is outside 0-59/],
  ['* * 0 * *', /day-of-month field: 0 is outside 1-31/],
  ['* * * 13 *', /month field: 13 is outside 1-12/],
  ['* * * * 8', /day-of-week field: 8 is outside 0-7/],
  ['*/0 * * * *', /step "0" must be a positive number/],
  ['5-1 * * * *', /runs backwards/],
  ['x * * * *', /"x" is not a number/],
])('rejects %s', (src, msg) => {
  expect(() => parseCron(src)).toThrow(msg)
})

test('fires on the local wall clock, through DST', () => {
  const clock = new CronClock(parseCron('0 18 * * 3'), zone('Europe/Berlin'))
  // Wednesday 2026-03-25 18:00 CET (+1), then Wednesday 2026-04-01 18:00 CEST (+2)
  const first = clock.nextAfter(Date.parse('2026-03-24T00:00:00Z'), 10 * 86400000)
  expect(iso(first)).toBe('2026-03-25T17:00:00.000Z')
  expect(iso(clock.nextAfter(first, 10 * 86400000))).toBe('2026-04-01T16:00:00.000Z')
})

test('day-of-month and day-of-week restricted together match either (Vixie)', () => {
  const clock = new CronClock(parseCron('0 12 13 * fri'), zone('UTC'))
  let t = Date.parse('2026-11-01T00:00:00Z')
  const fires: string[] = []
  for (let i = 0; i < 4; i++) fires.push(iso((t = clock.nextAfter(t, 40 * 86400000))).slice(0, 10))
  expect(fires).toEqual(['2026-11-06', '2026-11-13', '2026-11-20', '2026-11-27'])
})

test('a time in the spring-forward gap does not fire; one in the fall-back overlap fires twice', () => {
  const z = zone('Europe/Berlin')
  const gap = new CronClock(parseCron('30 2 * * *'), z)
  expect(gap.firesOn(Math.floor(Date.UTC(2026, 2, 29) / 86400000))).toEqual([])
  const overlap = gap.firesOn(Math.floor(Date.UTC(2026, 9, 25) / 86400000))
  expect(overlap.map(iso)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z'])
})

test('latestAtOrBefore respects its look-back', () => {
  const clock = new CronClock(parseCron('0 18 * * 3'), zone('UTC'))
  const t = Date.parse('2026-11-19T19:00:00Z') // Thursday
  expect(iso(clock.latestAtOrBefore(t, 2 * 86400000)!)).toBe('2026-11-18T18:00:00.000Z')
  expect(clock.latestAtOrBefore(t, 3600000)).toBeNull()
})
