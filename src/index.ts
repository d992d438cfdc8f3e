// The action's entry point (dist/index.js).
import { run } from './main.js'
import { createActionsRunner } from './runner/runner.js'

// A cancelled workflow gets SIGTERM: stop probing and stop the rollback command's process group,
// then write what there is (summary, report, deployment status) instead of dying mid-way.
const cancel = new AbortController()
for (const sig of ['SIGTERM', 'SIGINT'] as const) process.once(sig, () => cancel.abort())

await run({ runner: createActionsRunner(), env: process.env, now: Date.now, signal: cancel.signal })
