// Shared measuring helpers: medians of interleaved runs, so a noisy shared machine hurts the
// subject and its baseline alike.
import { spawnSync } from 'node:child_process'

export interface Figure {
  name: string
  value: string
  baseline: string
  ratio: string
  target: string
  met: boolean
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

export function timeMs(fn: () => void): number {
  const t = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - t) / 1e6
}

/** Wall time of one process run, ms. */
export function runMs(cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  return timeMs(() => {
    const r = spawnSync(cmd, args, { env, stdio: 'ignore' })
    if (r.error) throw r.error
  })
}

/** Interleaves subject and baseline runs; returns their medians. */
export function interleaved(
  runs: number,
  subject: () => number,
  baseline: () => number,
): [number, number] {
  const a: number[] = []
  const b: number[] = []
  subject()
  baseline()
  for (let i = 0; i < runs; i++) {
    a.push(subject())
    b.push(baseline())
  }
  return [median(a), median(b)]
}

export const fmt = (ms: number) =>
  ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 0.1 ? ms.toFixed(2) : ms.toFixed(4)
