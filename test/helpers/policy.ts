// Builds a compiled scope from inline YAML, for engine tests.
import { loadPolicy, type Scope } from '../../src/window/policy.js'

export async function scopeOf(yaml: string, environment = 'production'): Promise<Scope> {
  return (await loadPolicy(yaml)).scope(environment)
}

/** Parses an ISO instant that must carry its offset. */
export function at(iso: string): number {
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(iso)) throw new Error(`test instant without offset: ${iso}`)
  return Date.parse(iso)
}
