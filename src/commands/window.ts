// `command: window`: load the policy, ask the engine, publish the decision. The lock lookup is
// passed in so the command stays free of GitHub.

import type { Settings } from '../config/inputs.js'
import { loadLocated, readYamlSource } from '../config/yaml.js'
import { writeReport } from '../report/report-file.js'
import type { Runner } from '../runner/runner.js'
import { decideWindow, type IncidentLock, type WindowDecision } from '../window/decide.js'
import { loadPolicy } from '../window/policy.js'
import { renderWindowSummary } from '../window/render.js'

export interface WindowIO {
  runner: Runner
  now: () => number
  workspace: string
  actor: string
  reportDir: string
  /** The open incident issue for the environment, if any (only asked when lock-on-incident). */
  findIncident?: (environment: string) => Promise<IncidentLock | null>
  /** Records an override on the open incident issue (SPEC: who and why, where responders look). */
  recordOverride?: (lock: IncidentLock, text: string) => Promise<void>
}

/**
 * Decides and publishes; returns the decision and whether a deploy may go on (an open window,
 * or a closed one in audit mode). Throws InputError before anything is written.
 */
export async function windowCommand(
  s: Settings,
  io: WindowIO,
): Promise<WindowDecision & { proceed: boolean }> {
  const policy =
    s.policy.trim() === ''
      ? null
      : await loadLocated(readYamlSource(s.policy, 'policy', io.workspace), 'policy', (text) =>
          loadPolicy(text),
        )
  const scope = policy ? await policy.scope(s.environment) : null
  const lock =
    s['lock-on-incident'] && io.findIncident ? await io.findIncident(s.environment) : null
  const decision = decideWindow({
    scope,
    environment: s.environment,
    at: io.now(),
    lock,
    override: s['override-reason'] ? { reason: s['override-reason'], actor: io.actor } : null,
  })
  // Audit mode (on-closed: warn): a closed window is said, not enforced, so a team can try a
  // policy for a week before it blocks anyone.
  const audit = !decision.allowed && s['on-closed'] === 'warn'
  publishWindow(decision, io)
  if (decision.overridden && decision.override && lock && io.recordOverride)
    await io.recordOverride(
      lock,
      `Deploy window override by @${decision.override.actor}: ${decision.override.reason} (bypassed: ${decision.override.bypassed}).`,
    )
  await io.runner.summary(renderWindowSummary(decision, { audit }))
  if (audit)
    io.runner.warning(
      `on-closed: warn, so the step goes on; the window would have been closed: ${decision.reason}`,
    )
  else if (!decision.allowed) io.runner.fail(decision.reason)
  return { ...decision, proceed: decision.allowed || audit }
}

export function publishWindow(d: WindowDecision, io: WindowIO): void {
  const { runner } = io
  const report = writeReport(io.reportDir, `deploy-guard-window-${d.environment}`, d)
  runner.output('allowed', String(d.allowed))
  runner.output('reason', d.reason)
  runner.output('next-window', d.nextWindow ?? '')
  runner.output('overridden', String(d.overridden))
  runner.output('report', report)
  if (d.overridden && d.override)
    runner.warning(
      `Deploy window override by @${d.override.actor}: "${d.override.reason}" (bypassed: ${d.override.bypassed})`,
    )
  // A closed window's reason is the step's error; printing it twice helps no one.
  else if (d.allowed) runner.info(d.reason)
}
