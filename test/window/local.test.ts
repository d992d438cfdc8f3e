import { localOf, DAY } from '../../src/window/zone.js'
test('localOf matches Date for every day 1900-2200', () => {
  for (
    let d = Math.floor(Date.UTC(1900, 0, 1) / DAY);
    d < Math.floor(Date.UTC(2200, 0, 1) / DAY);
    d++
  ) {
    const ms = d * DAY + ((d * 7919) % DAY)
    const x = new Date(ms)
    const l = localOf(ms)
    if (
      l.year !== x.getUTCFullYear() ||
      l.month !== x.getUTCMonth() + 1 ||
      l.date !== x.getUTCDate() ||
      l.hour !== x.getUTCHours() ||
      l.minuteOfHour !== x.getUTCMinutes()
    )
      throw new Error(`${x.toISOString()} -> ${JSON.stringify(l)}`)
  }
})
