import { formatDuration, parseDuration } from '../../src/config/duration.js'

test.each([
  ['500ms', 500],
  ['10s', 10_000],
  ['5m', 300_000],
  ['1h', 3_600_000],
  ['1h30m', 5_400_000],
  ['2d', 172_800_000],
  ['1.5s', 1500],
  [' 0s ', 0],
])('%s is %d ms', (text, ms) => {
  expect(parseDuration(text)).toBe(ms)
})

test.each(['10', '', '5 minutes', '1h 30m', 's', '-1s', '10sec', '1x'])('rejects "%s"', (text) => {
  expect(typeof parseDuration(text)).toBe('string')
})

test.each([
  [0, '0ms'],
  [999, '999ms'],
  [45_000, '45s'],
  [90_000, '1m 30s'],
  [5_400_000, '1h 30m'],
  [(2 * 86400 + 18 * 3600 + 55 * 60) * 1000, '2d 18h 55m'],
])('formats %d ms as %s', (ms, text) => {
  expect(formatDuration(ms)).toBe(text)
})
