// The CLI bundle's entry point (dist/cli.js, run by bin/deploy-guard.js).
import { cli } from './cli.js'

process.exitCode = await cli(process.argv.slice(2))
