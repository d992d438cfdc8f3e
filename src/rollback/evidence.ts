// The evidence command's output and outcome as data (evidence-command): what is kept of its
// output, how it ended, and what the timeline says. No process, no runner, no clock here:
// evidence-run.ts runs the command and hands its lines and times to these functions.

import { formatDuration } from '../config/duration.js'
import type { Evidence, TimelineEvent } from '../incident/types.js'
import type { Redactor } from '../report/redact.js'
import { plural } from '../report/text.js'
import { iso } from '../report/time.js'

/** The report keeps the last 64 KiB of the output (SPEC: evidence-command). */
export const EVIDENCE_BYTES = 64 * 1024

/** What a dry run says instead of running the command (it runs no rollback-command either). */
export const DRY_RUN_EVIDENCE = 'dry run: the evidence command was not run'

/**
 * The end of a command's output, line by line, in bounded memory: a command that prints
 * gigabytes must not take the runner's memory. Raw lines are kept up to twice the report's cap,
 * so that redaction sees whole lines around the cut before the cut is made.
 */
export class OutputTail {
  private kept: string[] = []
  private keptBytes = 0
  lines = 0
  bytes = 0

  constructor(private readonly budget = 2 * EVIDENCE_BYTES) {}

  push(line: string): void {
    const size = Buffer.byteLength(line) + 1
    this.lines++
    this.bytes += size
    this.kept.push(line)
    this.keptBytes += size
    while (this.keptBytes > this.budget && this.kept.length > 1)
      this.keptBytes -= Buffer.byteLength(this.kept.shift()!) + 1
  }

  text(): string {
    return this.kept.join('\n')
  }

  /** Whether every line printed is still held. */
  whole(): boolean {
    return this.kept.length === this.lines
  }
}

/**
 * The last `max` UTF-8 bytes of `text`, starting at a line when one starts in them (half a line
 * reads like another line), and never in the middle of a character.
 */
export function lastBytes(text: string, max: number): string {
  const buf = Buffer.from(text)
  if (buf.length <= max) return text
  let start = buf.length - max
  while (start < buf.length && (buf[start]! & 0xc0) === 0x80) start++
  const cut = buf.subarray(start).toString('utf8')
  if (buf[start - 1] === 0x0a) return cut
  const nl = cut.indexOf('\n')
  return nl >= 0 && nl < cut.length - 1 ? cut.slice(nl + 1) : cut
}

/** How the command ended, as runShell tells it (or the deadline, when it would not end). */
export interface EvidenceEnd {
  code: number | null
  signal: string | null
  timedOut: boolean
  cancelled: boolean
}

/** "exited with 3", "was killed by SIGKILL", or that it never ran. */
function exitText(code: number | null, signal: string | null): string {
  if (code !== null) return `exited with ${code}`
  return signal ? `was killed by ${signal}` : 'could not be run'
}

function outcomeOf(end: EvidenceEnd): Evidence['outcome'] {
  if (end.timedOut) return 'timed-out'
  if (end.cancelled) return 'cancelled'
  return end.code === 0 ? 'ok' : 'failed'
}

/** The evidence as the report, the issue and the summary carry it: redacted, capped, said. */
export function evidenceOf(
  end: EvidenceEnd,
  output: OutputTail,
  times: { startedAt: number; endedAt: number; timeoutMs: number },
  redactor: Redactor,
): Evidence {
  const outcome = outcomeOf(end)
  const took = formatDuration(Math.max(0, times.endedAt - times.startedAt))
  const printed = plural(output.lines, 'line')
  const detail =
    outcome === 'ok'
      ? `finished in ${took} and printed ${printed}`
      : outcome === 'failed'
        ? `${exitText(end.code, end.signal)} after ${took} (${printed} of output)`
        : outcome === 'timed-out'
          ? `did not finish within evidence-timeout (${formatDuration(times.timeoutMs)}) and was stopped, with ${printed} of output so far`
          : `was cancelled with the run after ${took} (${printed} of output)`
  // Redacted whole, before the cut: a secret is found where it stands, not half of it.
  const full = redactor.text(output.text())
  const text = lastBytes(full, EVIDENCE_BYTES)
  return {
    outcome,
    detail,
    exitCode: end.code,
    signal: end.signal,
    startedAt: iso(times.startedAt),
    endedAt: iso(times.endedAt),
    timeoutMs: times.timeoutMs,
    output: text,
    lines: output.lines,
    bytes: output.bytes,
    truncated: !output.whole() || text.length < full.length,
  }
}

/** Its start and end on the incident timeline. */
export function evidenceEvents(e: Evidence): TimelineEvent[] {
  const end =
    e.outcome === 'ok'
      ? 'evidence command finished'
      : e.outcome === 'failed'
        ? `evidence command failed (${exitText(e.exitCode, e.signal)})`
        : e.outcome === 'timed-out'
          ? `evidence command timed out after ${formatDuration(e.timeoutMs)} and was stopped`
          : 'evidence command cancelled'
  return [
    { at: e.startedAt, what: 'evidence command started' },
    { at: e.endedAt, what: end },
  ]
}
