// The baseline of the default `window` step's cost (issue 10): the least a toolkit action does
// for the same question. It reads its inputs with @actions/core, asks GitHub once with the same
// client (the open incident issue), and writes one output. Bundled like dist/index.js.
import * as core from '@actions/core'
import { GitHub } from '../src/github/client.js'

const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
const gh = new GitHub({
  token: core.getInput('github-token'),
  baseUrl: process.env.GITHUB_API_URL ?? '',
  repo: { owner, repo },
})
const environment = core.getInput('environment') || 'production'
const open = await gh.findOpenIssue(['deploy-guard', 'incident', `env:${environment}`])
core.setOutput('allowed', String(open === null))
