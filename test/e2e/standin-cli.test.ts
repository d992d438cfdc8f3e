// `deploy-guard standin` run as users run it (bin/deploy-guard.js, the built CLI, dist/cli.js): the
// URL on the first line of stdout, GitHub's API and /_standin/ over HTTP, exit 0 on SIGTERM.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from '../helpers/action.js'

test('prints its URL, serves GitHub and /_standin/, and exits 0 on SIGTERM', async () => {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'deploy-guard.js'), 'standin', '--repository', 'octo/app'], { cwd: ROOT }) // prettier-ignore
  let stdout = ''
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += d))
  const exited = new Promise<number | null>((done) => child.on('close', done))
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        stdout += d
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!)
      })
      void exited.then((code) => reject(new Error(`exited ${code} before its URL: ${stderr}`)))
    })
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)

    const recorded = await fetch(`${url}/_standin/deployments`, {
      method: 'POST',
      body: JSON.stringify({ sha: 'main', ref: 'main', environment: 'production', statuses: ['success'] }), // prettier-ignore
    })
    expect(recorded.status).toBe(201)
    const listed = await fetch(`${url}/repos/octo/app/deployments`, { headers: { authorization: 'token anything' } }) // prettier-ignore
    expect(await listed.json()).toEqual([expect.objectContaining({ ref: 'main', environment: 'production' })]) // prettier-ignore
    const state = (await (await fetch(`${url}/_standin/state`)).json()) as Record<string, unknown>
    expect(state).toMatchObject({
      deployments: [{ ref: 'main', creator: 'github-actions[bot]', starts_workflows: false, statuses: [{ state: 'success' }] }], // prettier-ignore
      requests: [{ method: 'GET', path: '/repos/octo/app/deployments', status: 200 }],
      violations: [],
    })
  } finally {
    child.kill('SIGTERM')
  }
  expect(await exited).toBe(0)
  expect(stdout.trim().split('\n')).toHaveLength(1)
})
