// One source of zone data: Node's ICU through Intl, whatever the system's zone files say, and one
// canonical name per zone. The oracle here is Intl.DateTimeFormat#formatToParts, which shares
// nothing with src/window/zone.ts's transition table.
//
// The engine is imported only after TZDIR points at a directory of deliberately wrong zone files
// (every zone claims a fixed UTC+12): code that read the system's TZif files (TZDIR first, then
// /usr/share/zoneinfo) would decide by them and fail here.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** A TZif v2 file (RFC 8536) for a fixed offset, no transitions. */
function fixedTzif(hours: number): Buffer {
  const abbr = Buffer.from(`+${hours}\0`, 'latin1')
  const header = (v: string) => {
    const h = Buffer.alloc(44)
    h.write('TZif', 0, 'latin1')
    h.write(v, 4, 'latin1')
    // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
    ;[0, 0, 0, 0, 1, abbr.length].forEach((n, i) => h.writeUInt32BE(n, 20 + 4 * i))
    return h
  }
  const ttinfo = Buffer.alloc(6)
  ttinfo.writeInt32BE(hours * 3600, 0)
  const block = Buffer.concat([ttinfo, abbr])
  const footer = Buffer.from(`\n<+${hours}>-${hours}\n`, 'latin1')
  return Buffer.concat([header('2'), block, header('2'), block, footer])
}

const ZONES = ['America/Vancouver', 'Europe/Berlin', 'Asia/Tokyo']
const fake = mkdtempSync(join(tmpdir(), 'deploy-guard-tzdir-'))
for (const z of [...ZONES, 'UTC', 'Etc/UTC']) {
  mkdirSync(join(fake, z, '..'), { recursive: true })
  writeFileSync(join(fake, z), fixedTzif(12))
}
process.env.TZDIR = fake

const { loadPolicy } = await import('../../src/window/policy.js')
const { isOpen } = await import('../../src/window/engine.js')
const { Zone, canonicalTimeZone, isValidTimeZone, zone } = await import('../../src/window/zone.js')

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/** Open on weekdays 09:00-17:00 local, by Intl alone. */
function oracleOpen(tz: string, t: number): boolean {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    weekday: 'short',
    hour: '2-digit',
  }).formatToParts(t)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  const day = WEEKDAYS.indexOf(get('weekday'))
  const hour = Number(get('hour'))
  return day >= 1 && day <= 5 && hour >= 9 && hour < 17
}

function intlOffset(tz: string, ms: number): number {
  const s = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' }).format(
    ms,
  )
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(s)
  if (!m) return 0
  const v = (Number(m[2]) * 60 + Number(m[3])) * 60_000
  return m[1] === '-' ? -v : v
}

// Every 5 h 7 min across the DST changes of 2026 and the winter of 2026-27 (when British
// Columbia's rules changed between tz releases).
const INSTANTS = [Date.UTC(2026, 2, 6), Date.UTC(2026, 9, 20), Date.UTC(2026, 11, 1)].flatMap(
  (start) => Array.from({ length: 60 }, (_, i) => start + i * 307 * 60_000),
)

test.each(ZONES)(
  'the decision in %s follows ICU, not the zone files TZDIR or /usr/share/zoneinfo hold',
  async (tz) => {
    const policy = await loadPolicy(
      `timezone: ${tz}\nallow:\n  - { days: mon-fri, hours: "09:00-17:00" }\n`,
    )
    const scope = await policy.scope('production')
    const wrong = INSTANTS.filter((t) => isOpen(scope, t) !== oracleOpen(tz, t)).map((t) =>
      new Date(t).toISOString(),
    )
    expect(wrong).toEqual([])
  },
)

test('the transition table matches Intl for the pinned zones and every 9th zone, 2025-2030', () => {
  const pinned = [
    'Europe/Berlin',
    'America/New_York',
    'America/Vancouver',
    'Australia/Lord_Howe',
    'America/Santiago',
    'Asia/Kolkata',
    'Pacific/Chatham',
    'Europe/London',
    'Asia/Tokyo',
    'Africa/Casablanca',
  ]
  const all = Intl.supportedValuesOf('timeZone')
  const zones = [...new Set([...pinned, ...all.filter((_, i) => i % 9 === 0)])]
  const instants = Array.from(
    { length: 90 },
    (_, i) => Date.UTC(2025, 0, 1) + i * 24.3 * 86_400_000,
  )
  const mismatches: string[] = []
  for (const name of zones) {
    const z = new Zone(name)
    for (const t of instants)
      if (z.offsetAt(t) !== intlOffset(name, t)) {
        mismatches.push(`${name} at ${new Date(t).toISOString()}`)
        break
      }
  }
  expect(mismatches).toEqual([])
})

test.each([
  ['Europe/Berlin', 'Europe/Berlin'],
  ['europe/berlin', 'Europe/Berlin'],
  ['EUROPE/BERLIN', 'Europe/Berlin'],
  ['Europe/Kiev', 'Europe/Kyiv'],
  ['Europe/Kyiv', 'Europe/Kyiv'],
  ['europe/kiev', 'Europe/Kyiv'],
  ['US/Pacific', 'America/Los_Angeles'],
  ['Canada/Pacific', 'America/Vancouver'],
  ['Asia/Calcutta', 'Asia/Kolkata'],
  ['Asia/Kolkata', 'Asia/Kolkata'],
  ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
  ['UTC', 'UTC'],
  ['Etc/UTC', 'UTC'],
  ['utc', 'UTC'],
  ['GMT', 'UTC'],
  ['Etc/GMT+5', 'Etc/GMT+5'],
])('%s is the zone %s', (input, expected) => {
  expect(canonicalTimeZone(input)).toBe(expected)
  expect(zone(input).name).toBe(expected)
  expect(zone(input)).toBe(zone(expected))
})

test('every zone ICU knows has one canonical name that ICU reads as the same zone', () => {
  for (const name of Intl.supportedValuesOf('timeZone')) {
    const c = canonicalTimeZone(name)
    expect(c).not.toBeNull()
    expect(canonicalTimeZone(c!)).toBe(c)
    const resolve = (n: string) =>
      new Intl.DateTimeFormat('en-US', { timeZone: n }).resolvedOptions().timeZone
    expect(resolve(c!)).toBe(resolve(name))
  }
})

test('unknown zones are not zones; other spellings have the same offsets', () => {
  expect(isValidTimeZone('Mars/Olympus')).toBe(false)
  expect(canonicalTimeZone('Mars/Olympus')).toBeNull()
  expect(isValidTimeZone('../etc/passwd')).toBe(false)
  expect(isValidTimeZone('europe/berlin')).toBe(true)
  const a = new Zone('europe/berlin')
  const b = new Zone('Europe/Berlin')
  for (const t of INSTANTS) expect(a.offsetAt(t)).toBe(b.offsetAt(t))
})

test('a policy reads every spelling of a zone as its canonical name, wherever a zone is named', async () => {
  const policy = await loadPolicy(
    [
      'timezone: europe/kiev',
      'deny:',
      '  - { name: own zone, days: sat, timezone: Asia/Calcutta }',
      '  - { name: policy zone, days: sun }',
      'environments:',
      '  west: { timezone: US/Pacific }',
      '',
    ].join('\n'),
  )
  expect(policy.config.timezone).toBe('Europe/Kyiv')
  expect(policy.config.environments?.west?.timezone).toBe('America/Los_Angeles')
  expect(policy.config.deny?.[0]?.timezone).toBe('Asia/Kolkata')
  const top = await policy.scope('production')
  expect(top.timezone).toBe('Europe/Kyiv')
  expect(top.zone).toBe(zone('Europe/Kyiv'))
  expect(top.deny.map((r) => r.zone.name)).toEqual(['Asia/Kolkata', 'Europe/Kyiv'])
  const west = await policy.scope('west')
  expect(west.timezone).toBe('America/Los_Angeles')
  expect(west.deny.map((r) => r.zone.name)).toEqual(['Asia/Kolkata', 'America/Los_Angeles'])
})

test('an unknown zone is an input error at its field path, wherever it is named', async () => {
  const problem = await loadPolicy(
    [
      'timezone: Europe/Berlinn',
      'deny: [{ days: sat, timezone: mars/olympus }]',
      'environments:',
      '  west: { timezone: US/Pacifik }',
      '',
    ].join('\n'),
  ).then(
    () => 'accepted',
    (e: Error) => e.message,
  )
  expect(problem).toMatch(/^policy\.timezone: unknown time zone "Europe\/Berlinn"/m)
  expect(problem).toMatch(/^policy\.deny\[0\]\.timezone: unknown time zone "mars\/olympus"/m)
  expect(problem).toMatch(/^policy\.environments\.west\.timezone: unknown time zone "US\/Pacifik"/m)
})

test('no module of the window engine reads files: zone data has no path to come from', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'window')
  const readers = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => /from '(node:)?fs(\/promises)?'/.test(readFileSync(join(dir, f), 'utf8')))
  expect(readers).toEqual([])
})
