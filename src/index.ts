// The action's entry point (dist/index.js), as in actions/typescript-action.
import { run } from './main.js'

await run()
