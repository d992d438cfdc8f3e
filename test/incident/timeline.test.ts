import {
  TIMELINE_EVENTS,
  TIMELINE_PERIODS,
  mermaidTimeline,
} from '../../src/incident/render-parts.js'

const periodLines = (md: string) => md.split('\n').filter((l) => /^ {4}\S.* : /.test(l))

test('a short timeline draws every event, events of one period on one line', () => {
  const md = mermaidTimeline([
    { period: '+0s', what: 'verification started' },
    { period: '+0s', what: 'deploy started' },
    { period: '+12s', what: 'verification failed' },
  ])
  expect(periodLines(md)).toEqual([
    '    +0s : verification started : deploy started',
    '    +12s : verification failed',
  ])
})

test('200 events in 200 periods: the first and last periods stay, the middle is one line', () => {
  const events = Array.from({ length: 200 }, (_, i) => ({ period: `+${i}s`, what: `event ${i}` }))
  const lines = periodLines(mermaidTimeline(events))
  expect(lines).toHaveLength(TIMELINE_PERIODS)
  expect(lines[0]).toBe('    +0s : event 0')
  expect(lines.at(-1)).toBe('    +199s : event 199')
  expect(lines[6]).toBe('    +6s to +194s : 189 more events, listed in the table')
})

test('a burst in one period shows its first events and how many more', () => {
  const events = Array.from({ length: 10 }, (_, i) => ({ period: '+5s', what: `retry ${i}` }))
  const [line] = periodLines(mermaidTimeline(events))
  expect(line).toBe(`    +5s : retry 0 : retry 1 : and ${10 - TIMELINE_EVENTS + 1} more`)
})
