// The whole input check, shared by the action (before any command changes anything) and by
// `deploy-guard check` (before a team pushes its workflow): both must say the same about the
// same inputs.

import { readSettings, type InputName, type Settings } from './inputs.js'

export interface Checked {
  settings: Settings
  /** Rules in the policy (allow + deny, before environment overrides), when one is given. */
  policyRules: number | null
  /** Probes, when the command uses them. */
  probes: number | null
}

/**
 * Reads and validates every input, then the YAML documents the command will use. Throws one
 * InputError naming the input and field path. The action's `window` reads its own policy (its
 * start-up is measured), so the action passes `windowReadsPolicy`; the CLI checks it here.
 */
export async function checkInputs(
  get: (name: InputName) => string,
  workspace: string,
  env: Record<string, string | undefined> = process.env,
  windowReadsPolicy = false,
): Promise<Checked> {
  const settings = readSettings(get)
  const checked: Checked = { settings, policyRules: null, probes: null }
  if (windowReadsPolicy && settings.command === 'window') return checked
  // Loaded here, not above: a window decision parses its policy in its own chunk (start-up).
  const { loadLocated, readYamlSource } = await import('./yaml.js')
  if (settings.policy.trim()) {
    const { loadPolicy } = await import('../window/policy.js')
    const src = readYamlSource(settings.policy, 'policy', workspace)
    const { config } = await loadLocated(src, 'policy', (text) => loadPolicy(text))
    checked.policyRules = (config.allow?.length ?? 0) + (config.deny?.length ?? 0)
  }
  if (settings.probes.trim() && settings.command !== 'window') {
    const { loadProbes } = await import('../verify/probe-schema.js')
    const src = readYamlSource(settings.probes, 'probes', workspace)
    const probes = await loadLocated(src, 'probes', (text) =>
      loadProbes(text, 'probes', src.file ? env : undefined),
    )
    checked.probes = probes.length
  }
  return checked
}
