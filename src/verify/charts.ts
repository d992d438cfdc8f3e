// The verification's charts for the job summary, as mermaid `xychart-beta` (GitHub renders
// mermaid 11): p95 latency per round and failed probes per round. Pure: rounds in, markdown out.
//
// Read at a glance in both of GitHub's themes and at any length:
// - one colour per chart, chosen to stand out on white and on GitHub's dark background (the
//   default palette's first colour nearly vanished on white);
// - counts on integer ticks: mermaid asks d3 for about ten "nice" ticks, so a 0-2 axis ticks
//   every 0.2; an axis of at least 0-10 ticks on whole numbers;
// - at most MAX_POINTS points: longer verifications are drawn in groups of consecutive rounds,
//   each labelled by its first round and showing its worst value, so a 720-round soak does not
//   smear the x-axis.

import { mermaidText } from '../report/markdown.js'
import { baselineLimit, formatValue, type MaxIncrease } from './metric.js'
import type { ProbeResult } from './probe.js'

/** What the charts read of a round. */
export interface ChartRound {
  number: number
  results: Pick<ProbeResult, 'ok' | 'latencyMs'>[]
}

// 30 labels of three digits stay apart in the 900 px plot; 40 touched and 60 overlapped (mermaid
// 11 in Chromium, docs/images).
export const MAX_POINTS = 30
const WIDTH = 900

/** GitHub's accent blue and danger red: readable on #ffffff and on #0d1117. */
const LATENCY_COLOUR = '#0969da'
const FAILED_COLOUR = '#cf222e'

/** The nearest-rank percentile (0 for no values). */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!
}

interface Point {
  /** The first round of the group. */
  label: string
  /** The group's last round (equal to the first when rounds are not grouped). */
  last: number
  p95: number
  failed: number
}

/** How many consecutive rounds one point stands for, so there are at most MAX_POINTS. */
const groupSize = (rounds: number) => Math.max(1, Math.ceil(rounds / MAX_POINTS))

/** `items` cut into consecutive groups of groupSize(items.length). */
function groups<T>(items: T[]): T[][] {
  const size = groupSize(items.length)
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Consecutive rounds in at most MAX_POINTS groups, each with its worst p95 and failed count. */
export function points(rounds: ChartRound[]): Point[] {
  const out: Point[] = []
  for (const group of groups(rounds)) {
    const first = group[0]!.number
    const last = group[group.length - 1]!.number
    out.push({
      label: String(first),
      last,
      p95: Math.max(
        ...group.map((r) =>
          Math.round(
            percentile(
              r.results.map((x) => x.latencyMs),
              95,
            ),
          ),
        ),
      ),
      failed: Math.max(...group.map((r) => r.results.filter((x) => !x.ok).length)),
    })
  }
  return out
}

/** A mermaid xychart in GitHub's width, its lines in `colours` (one, or a comma list). */
function chart(colour: string, lines: string[]): string[] {
  return [
    '```mermaid',
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${colour}"`,
    '  xyChart:',
    `    width: ${WIDTH}`,
    '---',
    'xychart-beta',
    ...lines.map((l) => `  ${l}`),
    '```',
  ]
}

export function verifyCharts(rounds: ChartRound[], probes: number): string[] {
  if (rounds.length === 0) return []
  const pts = points(rounds)
  const size = groupSize(rounds.length)
  const grouped = size > 1
  const per = grouped ? `per ${size} rounds, worst round` : 'per round'
  const x = `x-axis "${grouped ? `first round of each ${size}` : 'round'}" [${pts.map((p) => `"${p.label}"`).join(', ')}]`
  const top = Math.max(10, ...pts.map((p) => p.p95))
  return [
    ...chart(LATENCY_COLOUR, [
      `title "p95 latency ${per} (ms)"`,
      x,
      `y-axis "ms" 0 --> ${Math.ceil(top * 1.1)}`,
      `line [${pts.map((p) => p.p95).join(', ')}]`,
    ]),
    '',
    ...chart(FAILED_COLOUR, [
      `title "failed probes ${per}, of ${probes}"`,
      x,
      `y-axis "failed" 0 --> ${Math.max(10, probes)}`,
      `bar [${pts.map((p) => p.failed).join(', ')}]`,
    ]),
  ]
}

/**
 * A metric probe's value per round, with the lines it is held to: `below`, `above`, and the
 * baseline's limit when there is one (each its own colour, in the order of the legend). Rounds
 * with no value (no data, a failed query) are drawn at 0 and said in the title.
 */
export function metricChart(
  name: string,
  m: {
    expect: {
      below?: number | undefined
      above?: number | undefined
      baseline?: { maxIncrease: MaxIncrease } | undefined
    }
    baseline: { value: number | null } | null
  },
  rounds: { number: number; results: { probe: string; value?: number | null }[] }[],
): string[] {
  if (rounds.length === 0) return []
  const size = groupSize(rounds.length)
  const pts = groups(rounds).map((group) => {
    const values = group
      .map((r) => r.results.find((x) => x.probe === name)?.value)
      .filter((v): v is number => typeof v === 'number')
    return { label: String(group[0]!.number), value: values.length ? Math.max(...values) : null }
  })
  // xychart-beta draws no legend: the title names each line by its colour.
  const lines: { label: string; colour: [string, string]; ys: number[] }[] = [
    { label: 'value', colour: ['blue', LATENCY_COLOUR], ys: pts.map((p) => p.value ?? 0) },
  ]
  const flat = (label: string, colour: [string, string], y: number) =>
    lines.push({ label, colour, ys: pts.map(() => y) })
  if (m.expect.below !== undefined)
    flat(`below ${formatValue(m.expect.below)}`, ['red', FAILED_COLOUR], m.expect.below)
  if (m.expect.above !== undefined)
    flat(`above ${formatValue(m.expect.above)}`, ['amber', '#9a6700'], m.expect.above)
  if (m.baseline?.value != null && m.expect.baseline) {
    const before = m.baseline.value
    flat(`before the release ${formatValue(before)}`, ['green', '#1a7f37'], before)
    const limit = baselineLimit(before, m.expect.baseline.maxIncrease)
    flat(`limit ${formatValue(limit)}`, ['purple', '#8250df'], limit)
  }
  const top = Math.max(...lines.flatMap((l) => l.ys), 0)
  const gaps = pts.some((p) => p.value === null) ? ', no data drawn as 0' : ''
  const per = size > 1 ? `per ${size} rounds, highest` : 'per round'
  return chart(lines.map((l) => l.colour[1]).join(', '), [
    `title "${mermaidText(name, 40)} ${per}: ${lines.map((l) => `${mermaidText(l.label, 40)} (${l.colour[0]})`).join(', ')}${gaps}"`,
    `x-axis "round" [${pts.map((p) => `"${p.label}"`).join(', ')}]`,
    `y-axis "value" 0 --> ${Number((top * 1.2 || 1).toPrecision(3))}`,
    ...lines.map((l) => `line [${l.ys.map((y) => Number(y.toPrecision(6))).join(', ')}]`),
  ])
}
