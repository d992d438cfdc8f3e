// A real git repository on disk for the GitHub API stand-in to answer compare and commit queries
// from. Commit dates are fixed so every run produces the same history shape.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export interface Author {
  name: string
  email: string
}

export const ALICE: Author = { name: 'Alice Example', email: 'alice@example.com' }
export const BOB: Author = { name: 'Bob Example', email: 'bob@example.com' }

export class TestRepo {
  private clock = Date.UTC(2025, 0, 6, 9, 0, 0) / 1000

  constructor(readonly dir: string) {}

  static create(prefix = 'dg-standin-'): TestRepo {
    const repo = new TestRepo(mkdtempSync(join(tmpdir(), prefix)))
    repo.git(['init', '-q', '-b', 'main'])
    return repo
  }

  git(args: string[], input?: string, env: Record<string, string> = {}): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      input,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: this.dir,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'Fixture',
        GIT_AUTHOR_EMAIL: 'fixture@example.com',
        GIT_COMMITTER_NAME: 'Fixture',
        GIT_COMMITTER_EMAIL: 'fixture@example.com',
        ...env,
      },
    }).trim()
  }

  write(path: string, content: string) {
    const file = join(this.dir, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, content)
  }

  /** Stages everything and commits as `author` (who also commits); returns the new SHA. */
  commit(message: string, author: Author = ALICE): string {
    this.clock += 3600
    const date = `@${this.clock} +0100`
    this.git(['add', '-A'])
    this.git(['commit', '-q', '--allow-empty', '-m', message], undefined, {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
      GIT_COMMITTER_DATE: date,
    })
    return this.git(['rev-parse', 'HEAD'])
  }

  /**
   * Creates `commits` commits on `branch` from `from` in one `git fast-import` run (fast even for
   * hundreds): the first adds `firstFiles` files, each later one adds one more file.
   */
  bulk(branch: string, from: string, commits: number, firstFiles: number, author = BOB): string {
    const lines: string[] = []
    const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}`
    for (let i = 1; i <= commits; i++) {
      this.clock += 60
      const msg = `bulk change ${i}\n`
      lines.push(`commit refs/heads/${branch}`, `mark :${i}`)
      lines.push(`author ${author.name} <${author.email}> ${this.clock} +0000`)
      lines.push(`committer ${author.name} <${author.email}> ${this.clock} +0000`)
      lines.push(data(msg).trimEnd())
      lines.push(i === 1 ? `from ${from}` : `from :${i - 1}`)
      const files = i === 1 ? firstFiles : 1
      for (let f = 0; f < files; f++) {
        const name = i === 1 ? `bulk/first-${f}.txt` : `bulk/file-${i}.txt`
        lines.push(`M 100644 inline ${name}`, data(`line ${i}.${f}\n`).trimEnd())
      }
      lines.push('')
    }
    this.git(['fast-import', '--quiet'], lines.join('\n') + '\n')
    return this.git(['rev-parse', branch])
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
