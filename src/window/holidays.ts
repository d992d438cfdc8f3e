// Holiday calendars from date-holidays, as sets of local day numbers.
//
// The package carries every country's rules (~1 MB of data), so it is imported only when a
// policy names holidays. A holiday is the whole local day (or days) its date names, read in the
// policy's zone: date-holidays' own start/end instants are in the country's zone and some start
// at 14:00, which is not what "no deploys on Christmas Eve" means.

import { DAY, dayOf } from './zone.js'

export const HOLIDAY_TYPES = ['public', 'bank', 'school', 'optional', 'observance'] as const
export type HolidayType = (typeof HOLIDAY_TYPES)[number]

export interface HolidaySpec {
  country: string
  state?: string
  region?: string
  types: HolidayType[]
}

export interface HolidayCalendar {
  /** Name of the holiday on a local day, or undefined. */
  on(day: number): string | undefined
}

type HolidaysCtor = typeof import('date-holidays').default
let ctor: Promise<HolidaysCtor> | undefined

function load(): Promise<HolidaysCtor> {
  ctor ??= import('date-holidays').then((m) => m.default)
  return ctor
}

export function parseHolidayCode(code: string): {
  country: string
  state?: string
  region?: string
} {
  const [country = '', state, region] = code.split('-')
  return {
    country: country.toUpperCase(),
    state: state?.toUpperCase(),
    region: region?.toUpperCase(),
  }
}

/** Checks a country[-state[-region]] code; returns an error sentence, or null when it exists. */
export async function checkHolidayCode(code: string): Promise<string | null> {
  if (!/^[A-Za-z]{2}(-[A-Za-z0-9]{1,4}){0,2}$/.test(code))
    return `expected country[-state[-region]] such as "US", "DE-BY" or "GB-SCT", got "${code}"`
  const Holidays = await load()
  const hd = new Holidays()
  const { country, state, region } = parseHolidayCode(code)
  if (!hd.getCountries()[country]) return `unknown holiday country "${country}"`
  if (state) {
    const states = hd.getStates(country) ?? {}
    if (!states[state])
      return `unknown state "${state}" of ${country} (known: ${Object.keys(states).join(', ') || 'none'})`
    if (region) {
      const regions = hd.getRegions(country, state) ?? {}
      if (!regions[region])
        return `unknown region "${region}" of ${country}-${state} (known: ${Object.keys(regions).join(', ') || 'none'})`
    }
  }
  return null
}

export async function holidayCalendar(spec: HolidaySpec): Promise<HolidayCalendar> {
  const Holidays = await load()
  const hd = spec.region
    ? new Holidays(spec.country, spec.state ?? '', spec.region)
    : spec.state
      ? new Holidays(spec.country, spec.state)
      : new Holidays(spec.country)
  // Measure spans in UTC: in the country's zone a holiday on a fall-back day lasts 25 h, which
  // rounded up to whole days would also close the next day. Dates (`h.date`) do not change.
  hd.setTimezone('UTC')
  const types = new Set<string>(spec.types)
  const listed = new Map<number, ReturnType<typeof hd.getHolidays>>()
  const list = (y: number) => {
    let l = listed.get(y)
    if (!l) listed.set(y, (l = hd.getHolidays(y)))
    return l
  }

  // A substitute (observed) day is date-holidays' own entry with `substitute: true`, named
  // "<holiday> (substitute day)" in English. Its type is usually the holiday's, but not always:
  // the US data types Veterans Day observed `bank` ("Federal Government offices are closed",
  // data/countries/US.yaml), so `types: [public]` left Friday 2023-11-10 open. A substitute day
  // therefore counts as the holiday it stands in for: it closes when its own type or that
  // holiday's type is among `types`. The holiday is the non-substitute entry whose name the
  // substitute's name extends, in its year or a neighbour (New Year's Day 2022 is observed on
  // 2021-12-31). Except a substitute typed `observance`: Spain's national data types its observed
  // days so (data/countries/ES.yaml, no reason given; in Spain each autonomous community decides
  // whether a Sunday holiday moves to Monday, and the regional data does not record which did),
  // so those follow their own type.
  const standsInFor = (sub: { name: string }, y: number): string | undefined => {
    let best: { name: string; type: string } | undefined
    for (const yy of [y, y + 1, y - 1])
      for (const h of list(yy))
        if (
          !h.substitute &&
          (sub.name === h.name || sub.name.startsWith(`${h.name} (`)) &&
          (!best || h.name.length > best.name.length)
        )
          best = h
    return best?.type
  }
  const counts = (h: { name: string; type: string; substitute?: boolean }, y: number) =>
    types.has(h.type) ||
    (h.substitute === true && h.type !== 'observance' && types.has(standsInFor(h, y) ?? h.type))

  const years = new Map<number, Map<number, string>>()
  const year = (y: number): Map<number, string> => {
    let days = years.get(y)
    if (days) return days
    days = new Map()
    for (const h of list(y)) {
      if (!counts(h, y)) continue
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(h.date)
      if (!m) continue
      const first = dayOf(Number(m[1]), Number(m[2]), Number(m[3]))
      const span = Math.max(1, Math.ceil((h.end.getTime() - h.start.getTime()) / DAY))
      for (let d = first; d < first + span; d++) if (!days.has(d)) days.set(d, h.name)
    }
    years.set(y, days)
    return days
  }

  return {
    on(day: number) {
      const y = new Date(day * DAY).getUTCFullYear()
      // A holiday listed under one year can spill into the next (multi-day spans).
      return year(y).get(day) ?? year(y - 1).get(day)
    },
  }
}
