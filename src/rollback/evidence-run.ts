// Runs the evidence command (evidence-command) before the rollback: the DEPLOY_GUARD_* variables
// of the rollback command, its output streamed to the log (redacted) and kept for the report and
// the issue. It never holds the failure branch past evidence-timeout: at the deadline the flow
// goes on with the output so far, while runShell stops the command's process group behind it.

import type { Evidence } from '../incident/types.js'
import type { Redactor } from '../report/redact.js'
import type { Runner } from '../runner/runner.js'
import { evidenceOf, OutputTail, type EvidenceEnd } from './evidence.js'
import { runShell } from './process.js'

export interface EvidenceDeps {
  runner: Runner
  redactor: Redactor
  /** The step's environment, the base of the command's (see runShell). */
  env: Record<string, string | undefined>
  now: () => number
  signal?: AbortSignal
}

export async function captureEvidence(
  command: string,
  vars: Record<string, string>,
  timeoutMs: number,
  d: EvidenceDeps,
): Promise<Evidence> {
  const output = new OutputTail()
  // After the deadline the command may still print while it is being stopped: not ours any more.
  let open = true
  const startedAt = d.now()
  let timer: NodeJS.Timeout | undefined
  // Armed before the shell starts, so it fires first at the same instant as runShell's own
  // timeout: the flow is released even when the command ignores SIGTERM for the grace period.
  const deadline = new Promise<EvidenceEnd>((resolve) => {
    timer = setTimeout(
      () => resolve({ code: null, signal: null, timedOut: true, cancelled: false }),
      timeoutMs,
    )
  })
  try {
    let end: EvidenceEnd
    try {
      end = await d.runner.group('evidence command', () =>
        Promise.race([
          runShell(command, {
            env: vars,
            base: d.env,
            now: d.now,
            timeoutMs,
            onLine: (line) => {
              if (!open) return
              output.push(line)
              d.runner.info(d.redactor.text(line))
            },
            ...(d.signal ? { signal: d.signal } : {}),
          }),
          deadline,
        ]),
      )
    } catch (e) {
      // A command that cannot even start is a failed evidence command, never a stopped rollback.
      output.push(`could not run the evidence command: ${(e as Error).message}`)
      end = { code: null, signal: null, timedOut: false, cancelled: false }
    }
    open = false
    return evidenceOf(end, output, { startedAt, endedAt: d.now(), timeoutMs }, d.redactor)
  } finally {
    open = false
    clearTimeout(timer)
  }
}
