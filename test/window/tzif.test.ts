// The zone-file reader against ICU (Intl): the same offsets for every zone the system has, both
// from the transitions in the file and from its footer rule alone (as "slim" files need).
import { loadTzif, parsePosix, ruleOffset, tzifOffset, type Tzif } from '../../src/window/tzif.js'
import { Zone, isValidTimeZone } from '../../src/window/zone.js'

function intlOffset(zone: string, ms: number): number {
  const s = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).format(
    ms,
  )
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(s)
  if (!m) return 0
  const v = (Number(m[2]) * 60 + Number(m[3])) * 60_000
  return m[1] === '-' ? -v : v
}

const zones = Intl.supportedValuesOf('timeZone')
const PINNED = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Europe/London',
  'Asia/Tokyo',
]
const instants = Array.from({ length: 90 }, (_, i) => Date.UTC(2025, 0, 1) + i * 24.3 * 86_400_000)
const available = zones.filter((z) => loadTzif(z) !== null)

test('the system has zone files for most zones (else the Intl fallback carries everything)', () => {
  expect(available.length).toBeGreaterThan(zones.length * 0.9)
})

test('offsets from zone files match Intl for every zone, 2025-2030', () => {
  const mismatches: string[] = []
  for (const z of available) {
    const f = loadTzif(z)!
    for (const t of instants)
      if (tzifOffset(f, t) !== intlOffset(z, t)) {
        mismatches.push(`${z} at ${new Date(t).toISOString()}`)
        break
      }
  }
  // Zones whose rules changed between the system's tz release and ICU's may differ; none may
  // differ for a reason of ours, so the list must stay tiny.
  // Zones whose rules changed between the system's tz release and ICU's differ (here: Morocco's
  // Ramadan dates, British Columbia and Alberta from November 2026). A bug of ours would show
  // in many zones, and in the zones the DST suites pin down.
  expect(mismatches.length).toBeLessThanOrEqual(zones.length * 0.02)
  expect(mismatches.filter((m) => PINNED.some((z) => m.startsWith(`${z} `)))).toEqual([])
})

test('footer rules alone give the same offsets (slim zone files), 2026-2034', () => {
  const later = Array.from({ length: 60 }, (_, i) => Date.UTC(2026, 0, 1) + i * 55.3 * 86_400_000)
  const mismatches: string[] = []
  for (const z of available) {
    const f = loadTzif(z)!
    if (!f.rule) continue
    const slim: Tzif = { ...f, times: f.times.filter((t) => t < Date.UTC(2010, 0, 1)) }
    slim.offsets = f.offsets.slice(0, slim.times.length)
    for (const t of later)
      if (tzifOffset(slim, t) !== intlOffset(z, t)) {
        mismatches.push(`${z} at ${new Date(t).toISOString()}`)
        break
      }
  }
  expect(mismatches.length).toBeLessThanOrEqual(zones.length * 0.02)
  expect(mismatches.filter((m) => PINNED.some((z) => m.startsWith(`${z} `)))).toEqual([])
})

test.each([
  ['CET-1CEST,M3.5.0,M10.5.0/3', { std: 3_600_000, dst: 7_200_000 }],
  ['EST5EDT,M3.2.0,M11.1.0', { std: -18_000_000, dst: -14_400_000 }],
  ['<+1030>-10:30<+11>-11,M10.1.0,M4.1.0', { std: 37_800_000, dst: 39_600_000 }],
  ['<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45', { std: 45_900_000, dst: 49_500_000 }],
  ['<-04>4<-03>,M9.1.6/24,M4.1.6/24', { std: -14_400_000, dst: -10_800_000 }],
  ['IST-5:30', { std: 19_800_000, dst: null }],
])('parses the POSIX rule %s', (text, expected) => {
  expect(parsePosix(text)).toMatchObject(expected)
})

test('a southern-hemisphere rule is in DST across the new year', () => {
  const r = parsePosix('<+1030>-10:30<+11>-11,M10.1.0,M4.1.0')!
  expect(ruleOffset(r, Date.UTC(2027, 0, 15))).toBe(39_600_000)
  expect(ruleOffset(r, Date.UTC(2027, 5, 15))).toBe(37_800_000)
})

test('unreadable rules and missing files fall back to Intl', () => {
  expect(parsePosix('not a rule')).toBeNull()
  expect(loadTzif('Mars/Olympus')).toBeNull()
  expect(loadTzif('../etc/passwd')).toBeNull()
  expect(isValidTimeZone('Mars/Olympus')).toBe(false)
  // lower case has no file, but Intl knows it: same offsets either way
  expect(isValidTimeZone('europe/berlin')).toBe(true)
  const a = new Zone('europe/berlin')
  const b = new Zone('Europe/Berlin')
  for (const t of instants) expect(a.offsetAt(t)).toBe(b.offsetAt(t))
})
