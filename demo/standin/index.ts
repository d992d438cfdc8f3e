// The GitHub API stand-in: start it with startStandIn; see server.ts. `deploy-guard standin`
// (cli.ts) runs it on its own, with its /_standin/ endpoints (control.ts).
export * from './server.js'
export { BODY_LIMIT } from './issues.js'
export { COMPARE_COMMIT_LIMIT, FILE_LIMIT } from './git.js'
export { SECONDARY_RATE_LIMIT_MESSAGE, type ActiveFault } from './faults.js'
export { GITHUB_TOKEN_LOGIN } from './objects.js'
export { standinCli } from './cli.js'
