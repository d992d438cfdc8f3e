// The one way a GitHub call that must not stop anything is made: on failure it is said (a
// warning naming what could not be done and GitHub's answer) and the caller goes on with null.
// Rolling back, writing the report and the summary never wait on these.

import type { Runner } from '../runner/runner.js'

export async function bestEffort<T>(
  runner: Pick<Runner, 'warning'>,
  what: string,
  fn: () => Promise<T>,
): Promise<T | null> {
  try {
    return await fn()
  } catch (e) {
    runner.warning(`GitHub: could not ${what}: ${(e as Error).message}`)
    return null
  }
}
