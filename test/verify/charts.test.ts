import { MAX_POINTS, metricChart, points, verifyCharts } from '../../src/verify/charts.js'

const round = (number: number, latencies: number[], failed = 0) => ({
  number,
  results: latencies.map((latencyMs, i) => ({ latencyMs, ok: i >= failed })),
})

test('a short verification is drawn round by round', () => {
  const md = verifyCharts([round(1, [10, 20]), round(2, [30, 40], 1)], 2).join('\n')
  expect(md).toContain('x-axis "round" ["1", "2"]')
  expect(md).toContain('title "p95 latency per round (ms)"')
  expect(md).toContain('line [20, 40]')
  expect(md).toContain('bar [0, 1]')
})

test('counts get an axis of at least 0-10, so mermaid ticks whole numbers', () => {
  const md = verifyCharts([round(1, [5], 1)], 2).join('\n')
  expect(md).toContain('y-axis "failed" 0 --> 10')
  expect(md).toContain('title "failed probes per round, of 2"')
  expect(verifyCharts([round(1, [5], 1)], 40).join('\n')).toContain('y-axis "failed" 0 --> 40')
})

test('720 rounds become at most 30 points, each group keeping its worst round', () => {
  const rounds = Array.from({ length: 720 }, (_, i) =>
    round(i + 1, [10, 10, 10], i + 1 === 500 ? 3 : 0),
  )
  rounds[99] = round(100, [10, 10, 900])
  const pts = points(rounds)
  expect(pts).toHaveLength(MAX_POINTS)
  expect(pts[0]).toMatchObject({ label: '1', last: 24 })
  expect(pts.at(-1)).toMatchObject({ label: '697', last: 720 })
  // Round 100 is in group 97-120, round 500 in 481-504.
  expect(pts.find((p) => p.label === '97')!.p95).toBe(900)
  expect(pts.find((p) => p.label === '481')!.failed).toBe(3)
  expect(pts.filter((p) => p.failed > 0)).toHaveLength(1)
  const md = verifyCharts(rounds, 3).join('\n')
  expect(md).toContain('title "p95 latency per 24 rounds, worst round (ms)"')
  expect(md).toContain('x-axis "first round of each 24" ["1", "25", "49"')
})

test('each chart carries a colour readable in both themes', () => {
  const md = verifyCharts([round(1, [5])], 1)
  const blocks = md.join('\n').split('```mermaid').slice(1)
  expect(blocks).toHaveLength(2)
  expect(blocks[0]).toContain('plotColorPalette: "#0969da"')
  expect(blocks[1]).toContain('plotColorPalette: "#cf222e"')
  for (const b of blocks) expect(b).toMatch(/^\n---\nconfig:\n {2}themeVariables:/)
  for (const b of blocks) expect(b).toContain('\n  xyChart:\n    width: 900\n')
})

test('no rounds, no charts', () => {
  expect(verifyCharts([], 3)).toEqual([])
})

test('a metric chart draws the value per round against below, the baseline and its limit', () => {
  const rounds = [1, 2, 3].map((n) => ({
    number: n,
    results: [{ probe: 'errors', value: n === 2 ? null : 0.01 * n }],
  }))
  const md = metricChart(
    'errors',
    {
      expect: { below: 0.1, baseline: { maxIncrease: { percent: 50 } } },
      baseline: { value: 0.02 },
    },
    rounds,
  ).join('\n')
  expect(md).toContain('plotColorPalette: "#0969da, #cf222e, #1a7f37, #8250df"')
  expect(md).toContain(
    'title "errors per round: value (blue), below 0.1 (red), before the release 0.02 (green), limit 0.03 (purple), no data drawn as 0"',
  )
  expect(md).toContain('line [0.01, 0, 0.03]')
  expect(md).toContain('line [0.03, 0.03, 0.03]')
  expect(md).toContain('y-axis "value" 0 --> 0.12')
})

test('a metric chart without a baseline value draws no baseline lines', () => {
  const md = metricChart(
    'errors',
    {
      expect: { below: 0.1, baseline: { maxIncrease: { absolute: 1 } } },
      baseline: { value: null },
    },
    [{ number: 1, results: [{ probe: 'errors', value: 0.05 }] }],
  ).join('\n')
  expect(md.match(/^ {2}line /gm)).toHaveLength(2)
})
