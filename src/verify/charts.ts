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

/** Consecutive rounds in at most MAX_POINTS groups, each with its worst p95 and failed count. */
export function points(rounds: ChartRound[]): Point[] {
  const size = Math.max(1, Math.ceil(rounds.length / MAX_POINTS))
  const out: Point[] = []
  for (let i = 0; i < rounds.length; i += size) {
    const group = rounds.slice(i, i + size)
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
  const grouped = pts.length < rounds.length
  const size = grouped ? pts[0]!.last - Number(pts[0]!.label) + 1 : 1
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
