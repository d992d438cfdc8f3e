// The action's entry point (dist/index.js).
import { run } from './main.js'
import { createActionsRunner } from './runner/runner.js'

await run({ runner: createActionsRunner(), env: process.env, now: Date.now })
