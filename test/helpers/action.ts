// Runs the bundled action and the CLI as users do.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runActionProcess, type ActionRun } from '../../demo/action-process.js'

export type { ActionRun }
export const ROOT = resolve(import.meta.dirname, '..', '..')

export async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  timeoutMs = 20_000,
): Promise<ActionRun> {
  return runActionProcess({
    action: join(ROOT, 'dist', 'index.js'),
    dir: mkdtempSync(join(tmpdir(), 'dg-action-')),
    inputs,
    env: { GITHUB_WORKSPACE: ROOT, ...env },
    timeoutMs,
  })
}

/** Runs bin/deploy-guard.js. */
export async function runCli(
  args: string[],
  cwd = ROOT,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'deploy-guard.js'), ...args], { cwd })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  return { code, stdout, stderr }
}
