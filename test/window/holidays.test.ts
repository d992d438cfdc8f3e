// Holiday rules: whole local days in the policy's zone, offsets, types, states, and the reason
// a person reads. Expected dates are hard-coded from the calendars, not from the engine.
import { decideWindow } from '../../src/window/decide.js'
import { isOpen, nextClose, nextOpen } from '../../src/window/engine.js'
import type { Scope } from '../../src/window/policy.js'
import { at, scopeOf } from '../helpers/policy.js'

const HOUR = 3_600_000

const denyHolidays = (zone: string, code: string, extra = '') =>
  scopeOf(`timezone: ${zone}\ndeny:\n  - name: Public holidays\n    holidays: ${code}\n${extra}`)

const decide = (scope: Scope, iso: string) =>
  decideWindow({
    scope,
    environment: 'production',
    at: at(iso),
    lock: null,
    override: null,
    grid: false,
  })

describe('US Thanksgiving 2026-11-26 (America/New_York)', () => {
  test('closes the whole local day and nothing around it', async () => {
    const s = await denyHolidays('America/New_York', 'US')
    expect(isOpen(s, at('2026-11-25T23:59:59.999-05:00'))).toBe(true)
    expect(isOpen(s, at('2026-11-26T00:00:00-05:00'))).toBe(false)
    expect(isOpen(s, at('2026-11-26T12:00:00-05:00'))).toBe(false)
    expect(isOpen(s, at('2026-11-26T23:59:59.999-05:00'))).toBe(false)
    // The day after is an observance: not closed by default.
    expect(isOpen(s, at('2026-11-27T00:00:00-05:00'))).toBe(true)
    expect(nextClose(s, at('2026-11-20T09:00:00-05:00'))).toBe(at('2026-11-26T00:00:00-05:00'))
    expect(nextOpen(s, at('2026-11-26T09:00:00-05:00'))).toBe(at('2026-11-27T00:00:00-05:00'))
  })

  test('offset -1d closes the eve instead', async () => {
    const s = await denyHolidays('America/New_York', 'US', '    offset: -1d\n')
    expect(isOpen(s, at('2026-11-24T23:59:59.999-05:00'))).toBe(true)
    expect(isOpen(s, at('2026-11-25T00:00:00-05:00'))).toBe(false)
    expect(isOpen(s, at('2026-11-25T23:59:59.999-05:00'))).toBe(false)
    // Thanksgiving itself is open: it is the eve of an observance only.
    expect(isOpen(s, at('2026-11-26T00:00:00-05:00'))).toBe(true)
    expect(nextOpen(s, at('2026-11-25T10:00:00-05:00'))).toBe(at('2026-11-26T00:00:00-05:00'))
    const d = decide(s, '2026-11-25T10:00:00-05:00')
    expect(d.open).toBe(false)
    expect(d.denying).toEqual([
      { name: 'Public holidays', path: 'deny[0]', holiday: 'Thanksgiving Day' },
    ])
  })

  test('offset +1d closes the day after (Friday 2026-11-27)', async () => {
    const s = await denyHolidays('America/New_York', 'US', '    offset: +1d\n')
    expect(isOpen(s, at('2026-11-26T12:00:00-05:00'))).toBe(true)
    expect(isOpen(s, at('2026-11-27T12:00:00-05:00'))).toBe(false)
  })

  test("offset -1d reaches across the year: 2026-12-31 is the eve of New Year's Day", async () => {
    const s = await denyHolidays('America/New_York', 'US', '    offset: -1d\n')
    expect(isOpen(s, at('2026-12-30T23:59:00-05:00'))).toBe(true)
    expect(isOpen(s, at('2026-12-31T00:00:00-05:00'))).toBe(false)
    expect(nextOpen(s, at('2026-12-31T12:00:00-05:00'))).toBe(at('2027-01-01T00:00:00-05:00'))
    expect(decide(s, '2026-12-31T12:00:00-05:00').denying[0]?.holiday).toBe("New Year's Day")
  })

  test("decideWindow's reason names the holiday", async () => {
    const s = await denyHolidays('America/New_York', 'US')
    const d = decide(s, '2026-11-26T10:00:00-05:00')
    expect(d.open).toBe(false)
    expect(d.allowed).toBe(false)
    expect(d.rule).toBe('Public holidays')
    expect(d.denying[0]?.holiday).toBe('Thanksgiving Day')
    expect(d.reason).toContain('"Public holidays" (Thanksgiving Day, Thu 10:00 America/New_York)')
    expect(d.nextWindow).toBe('2026-11-27T05:00:00Z')
    // And an ordinary day names no holiday.
    const open = decide(s, '2026-11-24T10:00:00-05:00')
    expect(open.open).toBe(true)
    expect(open.reason).not.toContain('Thanksgiving')
  })
})

describe('types', () => {
  test('an observance is excluded by default and included with types: [observance]', async () => {
    const t = '2026-11-27T12:00:00-05:00' // Day after Thanksgiving Day, an observance
    const byDefault = await denyHolidays('America/New_York', 'US')
    expect(isOpen(byDefault, at(t))).toBe(true)
    const observances = await denyHolidays('America/New_York', 'US', '    types: [observance]\n')
    expect(isOpen(observances, at(t))).toBe(false)
    expect(decide(observances, t).denying[0]?.holiday).toBe('Day after Thanksgiving Day')
    // ...and now Thanksgiving (public) is not part of the list.
    expect(isOpen(observances, at('2026-11-26T12:00:00-05:00'))).toBe(true)
    const both = await denyHolidays('America/New_York', 'US', '    types: [public, observance]\n')
    expect(isOpen(both, at('2026-11-26T12:00:00-05:00'))).toBe(false)
    expect(isOpen(both, at(t))).toBe(false)
    expect(nextOpen(both, at('2026-11-26T12:00:00-05:00'))).toBe(at('2026-11-28T00:00:00-05:00'))
  })

  test('Christmas Eve is "optional" in US and "bank" (from 14:00) in DE, still a whole day', async () => {
    const us = await denyHolidays('America/New_York', 'US', '    types: [optional]\n')
    expect(isOpen(us, at('2026-12-24T08:00:00-05:00'))).toBe(false)
    expect(isOpen(us, at('2026-12-25T08:00:00-05:00'))).toBe(true)
    const de = await denyHolidays('Europe/Berlin', 'DE-BE', '    types: [bank]\n')
    expect(isOpen(de, at('2026-12-23T23:59:00+01:00'))).toBe(true)
    expect(isOpen(de, at('2026-12-24T00:00:00+01:00'))).toBe(false)
    expect(isOpen(de, at('2026-12-24T09:00:00+01:00'))).toBe(false)
    expect(nextOpen(de, at('2026-12-24T09:00:00+01:00'))).toBe(at('2026-12-25T00:00:00+01:00'))
  })
})

describe('states: Fronleichnam 2026-06-04', () => {
  test('closes in DE-BY', async () => {
    const s = await denyHolidays('Europe/Berlin', 'DE-BY')
    expect(isOpen(s, at('2026-06-04T12:00:00+02:00'))).toBe(false)
    expect(decide(s, '2026-06-04T12:00:00+02:00').denying[0]?.holiday).toBe('Fronleichnam')
  })

  test('does not close in DE-BE', async () => {
    const s = await denyHolidays('Europe/Berlin', 'DE-BE')
    expect(isOpen(s, at('2026-06-04T12:00:00+02:00'))).toBe(true)
    // The same rule still closes a national holiday in Berlin.
    expect(isOpen(s, at('2026-10-03T12:00:00+02:00'))).toBe(false)
  })

  test('23:30 and 00:30 local on both sides are read on the local day, not the UTC day', async () => {
    const s = await denyHolidays('Europe/Berlin', 'DE-BY')
    // 2026-06-04T00:30+02:00 is still June 3rd in UTC; 2026-06-04T23:30+02:00 is June 4th.
    expect(isOpen(s, at('2026-06-03T23:30:00+02:00'))).toBe(true)
    expect(isOpen(s, at('2026-06-04T00:30:00+02:00'))).toBe(false)
    expect(isOpen(s, at('2026-06-04T23:30:00+02:00'))).toBe(false)
    expect(isOpen(s, at('2026-06-05T00:30:00+02:00'))).toBe(true)
    expect(nextClose(s, at('2026-06-03T23:30:00+02:00'))).toBe(at('2026-06-04T00:00:00+02:00'))
    expect(nextOpen(s, at('2026-06-04T00:30:00+02:00'))).toBe(at('2026-06-05T00:00:00+02:00'))
  })
})

describe('the policy zone, not the country, decides the day', () => {
  test('US holidays read in Asia/Tokyo days', async () => {
    const s = await denyHolidays('Asia/Tokyo', 'US')
    expect(isOpen(s, at('2026-11-25T23:30:00+09:00'))).toBe(true)
    expect(isOpen(s, at('2026-11-26T00:30:00+09:00'))).toBe(false) // Nov 25, 10:30 in New York
    expect(isOpen(s, at('2026-11-26T23:30:00+09:00'))).toBe(false)
    // Thanksgiving noon in New York is already Friday in Tokyo.
    expect(isOpen(s, at('2026-11-26T12:00:00-05:00'))).toBe(true)
    expect(nextClose(s, at('2026-11-25T12:00:00+09:00'))).toBe(at('2026-11-26T00:00:00+09:00'))
    expect(nextOpen(s, at('2026-11-26T12:00:00+09:00'))).toBe(at('2026-11-27T00:00:00+09:00'))
    expect(decide(s, '2026-11-26T12:00:00+09:00').reason).toContain(
      '(Thanksgiving Day, Thu 12:00 Asia/Tokyo)',
    )
  })

  test('DE-BY read in America/New_York days', async () => {
    const s = await denyHolidays('America/New_York', 'DE-BY')
    // Already June 4th in Munich, still June 3rd in New York.
    expect(isOpen(s, at('2026-06-03T20:00:00-04:00'))).toBe(true)
    expect(nextClose(s, at('2026-06-03T20:00:00-04:00'))).toBe(at('2026-06-04T00:00:00-04:00'))
    expect(nextOpen(s, at('2026-06-04T12:00:00-04:00'))).toBe(at('2026-06-05T00:00:00-04:00'))
  })

  test('Chile: Pascua 2026-04-05 starts after the repeated 23:00 hour of the 4th', async () => {
    const s = await denyHolidays('America/Santiago', 'CL')
    expect(isOpen(s, at('2026-04-05T02:30:00Z'))).toBe(true) // 04-04 23:30 -03
    expect(isOpen(s, at('2026-04-05T03:30:00Z'))).toBe(true) // 04-04 23:30 -04, again
    expect(nextClose(s, at('2026-04-04T12:00:00-03:00'))).toBe(at('2026-04-05T00:00:00-04:00'))
    expect(nextOpen(s, at('2026-04-05T12:00:00-04:00'))).toBe(at('2026-04-06T00:00:00-04:00'))
  })
})

describe('holidays on DST days cover exactly their own local day', () => {
  test('DE-NI Reformationstag on fall-back Sunday 2027-10-31 does not spill into Monday', async () => {
    const s = await denyHolidays('Europe/Berlin', 'DE-NI')
    const sunday = at('2027-10-31T00:00:00+02:00')
    const monday = at('2027-11-01T00:00:00+01:00')
    expect(monday - sunday).toBe(25 * HOUR)
    expect(nextClose(s, at('2027-10-30T12:00:00+02:00'))).toBe(sunday)
    expect(nextOpen(s, sunday)).toBe(monday)
    expect(isOpen(s, at('2027-11-01T12:00:00+01:00'))).toBe(true) // Allerheiligen is not public in NI
    expect(decide(s, '2027-10-31T12:00:00+01:00').denying[0]?.holiday).toBe('Reformationstag')
  })

  test('AT Nationalfeiertag on fall-back Sunday 2025-10-26 does not close Monday', async () => {
    const s = await denyHolidays('Europe/Vienna', 'AT')
    expect(isOpen(s, at('2025-10-26T12:00:00+01:00'))).toBe(false)
    expect(nextOpen(s, at('2025-10-26T12:00:00+01:00'))).toBe(at('2025-10-27T00:00:00+01:00'))
  })

  test('DE Ostersonntag (observance) on spring-forward Sunday 2027-03-28 is its 23 h', async () => {
    const s = await denyHolidays('Europe/Berlin', 'DE', '    types: [observance]\n')
    const sunday = at('2027-03-28T00:00:00+01:00')
    expect(nextClose(s, at('2027-03-27T12:00:00+01:00'))).toBe(sunday)
    expect(nextOpen(s, sunday)).toBe(at('2027-03-29T00:00:00+02:00'))
    expect(at('2027-03-29T00:00:00+02:00') - sunday).toBe(23 * HOUR)
  })
})

describe('holidays combined with allow rules', () => {
  test('working hours minus holidays: the next window after Thanksgiving is Friday 09:00', async () => {
    const s = await scopeOf(
      [
        'timezone: America/New_York',
        'allow:',
        '  - name: Working hours',
        '    days: mon-fri',
        '    hours: "09:00-16:00"',
        'deny:',
        '  - name: US holidays',
        '    holidays: US',
        '',
      ].join('\n'),
    )
    const d = decide(s, '2026-11-26T10:00:00-05:00')
    expect(d.open).toBe(false)
    expect(d.reason).toMatch(/"US holidays" \(Thanksgiving Day, /)
    expect(d.nextWindow).toBe('2026-11-27T14:00:00Z')
  })
})

// Observed (substitute) days, 2021-2027, from the published calendars rather than date-holidays:
// US federal holidays (OPM, 5 U.S.C. 6103: a Saturday holiday is observed the Friday before, a
// Sunday one the Monday after) and UK bank holidays in England and Wales (gov.uk/bank-holidays).
const OBSERVED: Record<string, { zone: string; days: [string, string][] }> = {
  US: {
    zone: 'America/New_York',
    days: [
      ['2021-06-18', 'Juneteenth'],
      ['2021-07-05', 'Independence Day'],
      ['2021-12-24', 'Christmas Day'],
      ['2021-12-31', "New Year's Day"],
      ['2022-06-20', 'Juneteenth'],
      ['2022-12-26', 'Christmas Day'],
      ['2023-01-02', "New Year's Day"],
      ['2023-11-10', 'Veterans Day'],
      ['2026-07-03', 'Independence Day'],
      ['2027-06-18', 'Juneteenth'],
      ['2027-07-05', 'Independence Day'],
      ['2027-12-24', 'Christmas Day'],
      ['2027-12-31', "New Year's Day"],
    ],
  },
  GB: {
    zone: 'Europe/London',
    days: [
      ['2021-12-27', 'Christmas Day'],
      ['2021-12-28', 'Boxing Day'],
      ['2022-01-03', "New Year's Day"],
      ['2022-12-27', 'Christmas Day'],
      ['2023-01-02', "New Year's Day"],
      ['2026-12-28', 'Boxing Day'],
      ['2027-12-27', 'Christmas Day'],
      ['2027-12-28', 'Boxing Day'],
    ],
  },
}

describe.each(Object.keys(OBSERVED))(
  'observed days of %s, 2021-2027, with the default types',
  (code) => {
    const { zone, days } = OBSERVED[code]!
    const offsetOf = (date: string) => {
      const s = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        timeZoneName: 'longOffset',
      }).format(Date.parse(`${date}T12:00:00Z`))
      return /GMT([+-]\d{2}:\d{2})$/.exec(s)?.[1] ?? 'Z'
    }

    test.each(days)('%s (%s observed) is closed all day', async (date, holiday) => {
      const s = await denyHolidays(zone, code)
      const o = offsetOf(date)
      for (const time of ['00:00:00', '12:00:00', '23:59:59.999'])
        expect(isOpen(s, at(`${date}T${time}${o}`))).toBe(false)
      expect(decide(s, `${date}T12:00:00${o}`).reason).toContain(holiday)
    })

    test('no other weekday is closed on its account: the days around each stay open', async () => {
      const s = await denyHolidays(zone, code)
      const closed = new Set(days.map(([d]) => d))
      for (const [date] of days)
        for (const step of [-1, 1]) {
          const near = new Date(Date.parse(`${date}T12:00:00Z`) + step * 24 * HOUR)
          const iso = near.toISOString().slice(0, 10)
          const weekday = near.getUTCDay()
          // Skip weekends (the holiday itself sits there) and the neighbouring observed day.
          if (weekday === 0 || weekday === 6 || closed.has(iso)) continue
          // Boxing Day and Christmas Day themselves, and New Year's Day, are holidays too.
          if (/-12-2[56]$|-01-01$/.test(iso)) continue
          expect([iso, isOpen(s, at(`${iso}T12:00:00${offsetOf(iso)}`))]).toEqual([iso, true])
        }
    })
  },
)

test('an observed day closes with the holiday it stands in for: US Veterans Day, typed bank', async () => {
  // date-holidays types the observed day `bank` and the day itself `public`.
  const bank = await denyHolidays('America/New_York', 'US', '    types: [bank]\n')
  expect(isOpen(bank, at('2023-11-10T12:00:00-05:00'))).toBe(false)
  const observance = await denyHolidays('America/New_York', 'US', '    types: [observance]\n')
  expect(isOpen(observance, at('2023-11-10T12:00:00-05:00'))).toBe(true)
})

test("an observed day typed observance follows its type: Spain's regional choice, 2023-01-02", async () => {
  const s = await denyHolidays('Europe/Madrid', 'ES')
  expect(isOpen(s, at('2023-01-02T12:00:00+01:00'))).toBe(true)
  expect(isOpen(s, at('2023-01-06T12:00:00+01:00'))).toBe(false)
  const all = await denyHolidays('Europe/Madrid', 'ES', '    types: [public, observance]\n')
  expect(isOpen(all, at('2023-01-02T12:00:00+01:00'))).toBe(false)
})
