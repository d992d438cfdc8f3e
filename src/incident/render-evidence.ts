// The Evidence section of the incident issue: what the evidence command printed before the
// rollback (evidence-command), its last lines in a code block no line of it can close.

import { fence } from '../report/markdown.js'
import { count, plural, untrusted } from './render-parts.js'
import type { Evidence, IncidentInput } from './types.js'

/** The issue shows the last 100 lines (SPEC); the report file keeps the last 64 KiB. */
export const EVIDENCE_LINES = 100
/** And at most this many characters of them, so the rest of the issue keeps its room. */
export const EVIDENCE_CHARS = 10_000

/** The last lines of the output that fit both limits; a single longer line keeps its end. */
export function evidenceTail(output: string): { text: string; lines: number } {
  if (output === '') return { text: '', lines: 0 }
  const lines = output.split('\n').slice(-EVIDENCE_LINES)
  let size = lines.reduce((n, l) => n + l.length + 1, -1)
  while (lines.length > 1 && size > EVIDENCE_CHARS) size -= lines.shift()!.length + 1
  if (size > EVIDENCE_CHARS) {
    // Code points, so the cut never leaves half a surrogate pair.
    const points = Array.from(lines[0]!)
    lines[0] = `…${points.slice(points.length - (EVIDENCE_CHARS - 1)).join('')}`
  }
  return { text: lines.join('\n'), lines: lines.length }
}

/** How the command ended, one sentence of markdown (the line starts with our own words). */
export const evidenceSaid = (e: Evidence) => `The evidence command ${untrusted(e.detail, 500)}.`

export function evidenceSection(e: Evidence): string {
  const said = evidenceSaid(e)
  const tail = evidenceTail(e.output)
  if (tail.lines === 0) return `${said} It printed nothing.`
  const which =
    tail.lines < e.lines || e.truncated
      ? `The last ${plural(tail.lines, 'line')} of ${count(e.lines)}`
      : `All ${plural(tail.lines, 'line')}`
  return [
    said,
    '',
    `${which} (stdout and stderr, secrets redacted); the report file keeps the last 64 KiB:`,
    '',
    fence(tail.text),
  ].join('\n')
}

/** The section with its heading at `level` (`##` in the body, `###` in a comment), or nothing. */
export function evidencePart(i: IncidentInput, level: '##' | '###'): string[] {
  return i.evidence ? [`${level} Evidence`, evidenceSection(i.evidence)] : []
}
