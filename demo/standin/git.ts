// Compare and commit answers from a real repository on disk, by running the git CLI, so the
// "what changed" section of an incident issue is built from a real diff.
import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import { isoSeconds, nodeId, simpleUser, UNSIGNED, type RepoContext } from './objects.js'

const run = promisify(execFile)

/** GitHub's compare limits: commits listed without pagination, files per comparison. */
export const COMPARE_COMMIT_LIMIT = 250
export const FILE_LIMIT = 300

const SEP = '\x1f'
const FORMAT = ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x1f')

interface RawCommit {
  sha: string
  tree: string
  parents: string[]
  author: { name: string; email: string; date: string }
  committer: { name: string; email: string; date: string }
  message: string
}

export interface DiffEntry {
  sha: string | null
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  additions: number
  deletions: number
  changes: number
  blob_url: string
  raw_url: string
  contents_url: string
  previous_filename?: string
}

const STATUS: Record<string, DiffEntry['status']> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
}

export class GitRepo {
  private emptyTree: string | undefined

  constructor(
    readonly dir: string,
    private readonly ctx: RepoContext,
    /** Commit e-mail to GitHub login, for the `author`/`committer` user objects. */
    private readonly authors: Map<string, string>,
  ) {}

  private async git(args: string[]): Promise<string> {
    const { stdout } = await run('git', ['-c', 'core.quotepath=false', ...args], {
      cwd: this.dir,
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    })
    return stdout
  }

  resolveSync(ref: string): string | undefined {
    return resolveSync(this.dir, ref)
  }

  async resolve(ref: string): Promise<string | undefined> {
    if (!isSafeRef(ref)) return undefined
    try {
      const out = await this.git([
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${ref}^{commit}`,
      ])
      return out.trim() || undefined
    } catch {
      return undefined
    }
  }

  /** True when `ref` names a branch or tag (dispatches take names, not SHAs). */
  async isBranchOrTag(ref: string): Promise<boolean> {
    if (!isSafeRef(ref)) return false
    const name = ref.replace(/^refs\/(heads|tags)\//, '')
    for (const full of [`refs/heads/${name}`, `refs/tags/${name}`]) {
      try {
        await this.git(['show-ref', '--verify', '--quiet', full])
        return true
      } catch {
        // try the next namespace
      }
    }
    return false
  }

  private async commits(range: string[], extra: string[] = []): Promise<RawCommit[]> {
    const out = await this.git(['log', '-z', `--format=${FORMAT}`, ...extra, ...range, '--'])
    return out
      .split('\0')
      .filter((r) => r.length > 0)
      .map(parseCommit)
  }

  private async diff(from: string, to: string): Promise<DiffEntry[]> {
    const raw = await this.git(['diff', '--raw', '-z', '-M', '--no-abbrev', from, to, '--'])
    const num = await this.git(['diff', '--numstat', '-z', '-M', from, to, '--'])
    const counts = parseNumstat(num)
    const files = parseRaw(raw)
    return files.map((f, i) => {
      const c = counts[i] ?? { additions: 0, deletions: 0 }
      const path = encodePath(f.path)
      return {
        sha: f.sha,
        filename: f.path,
        status: f.status,
        additions: c.additions,
        deletions: c.deletions,
        changes: c.additions + c.deletions,
        blob_url: `${this.ctx.htmlRepo}/blob/${to}/${path}`,
        raw_url: `${this.ctx.htmlRepo}/raw/${to}/${path}`,
        contents_url: `${this.ctx.apiRepo}/contents/${path}?ref=${to}`,
        ...(f.previous ? { previous_filename: f.previous } : {}),
      }
    })
  }

  // A root commit is diffed against the empty tree, whose id depends on the hash algorithm.
  private emptyTreeSha(): string {
    // stdin from /dev/null: an empty `input` is not written, and an inherited stdin can hang.
    this.emptyTree ??= execFileSync('git', ['hash-object', '-t', 'tree', '--stdin'], {
      cwd: this.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    }).trim()
    return this.emptyTree
  }

  /**
   * GET /compare/{base}...{head}. Without `page` or `per_page`, the newest 250 commits in
   * chronological order and up to 300 files; with them, a chronological page of commits (files
   * on page 1 only).
   */
  async compare(
    baseRef: string,
    headRef: string,
    paging?: { page: number; perPage: number },
  ): Promise<{ body: Record<string, unknown>; totalCommits: number } | undefined> {
    const [base, head] = await Promise.all([this.resolve(baseRef), this.resolve(headRef)])
    if (!base || !head) return undefined
    const mergeBase = (await this.git(['merge-base', base, head]).catch(() => '')).trim()
    if (!mergeBase) return undefined
    const counts = await this.git(['rev-list', '--left-right', '--count', `${base}...${head}`])
    const [behind = 0, ahead = 0] = counts.trim().split(/\s+/).map(Number)

    let skip = 0
    let count = Math.min(ahead, COMPARE_COMMIT_LIMIT)
    if (paging) {
      const start = (paging.page - 1) * paging.perPage
      const end = Math.min(start + paging.perPage, ahead)
      count = Math.max(0, end - start)
      skip = ahead - end
    }
    // `git log` lists newest first; skip the newest ones after this page, then reverse.
    const listed =
      count > 0 ? await this.commits([`${base}..${head}`], [`--skip=${skip}`, `-n${count}`]) : []
    listed.reverse()
    const [baseCommit, mergeBaseCommit] = await Promise.all([
      this.commits([base], ['-n1']),
      this.commits([mergeBase], ['-n1']),
    ])
    const status =
      ahead === 0 && behind === 0
        ? 'identical'
        : behind === 0
          ? 'ahead'
          : ahead === 0
            ? 'behind'
            : 'diverged'
    const spec = `${baseRef}...${headRef}`
    const body: Record<string, unknown> = {
      url: `${this.ctx.apiRepo}/compare/${spec}`,
      html_url: `${this.ctx.htmlRepo}/compare/${spec}`,
      permalink_url: `${this.ctx.htmlRepo}/compare/${this.ctx.owner}:${base}...${this.ctx.owner}:${head}`,
      diff_url: `${this.ctx.htmlRepo}/compare/${spec}.diff`,
      patch_url: `${this.ctx.htmlRepo}/compare/${spec}.patch`,
      base_commit: this.commitObject(baseCommit[0]!),
      merge_base_commit: this.commitObject(mergeBaseCommit[0]!),
      status,
      ahead_by: ahead,
      behind_by: behind,
      total_commits: ahead,
      commits: listed.map((c) => this.commitObject(c)),
    }
    if (!paging || paging.page === 1) {
      body.files = (await this.diff(mergeBase, head)).slice(0, FILE_LIMIT)
    }
    return { body, totalCommits: ahead }
  }

  /** GET /commits/{ref}: the commit with stats and its files against the first parent. */
  async commit(
    ref: string,
    paging: { page: number; perPage: number },
  ): Promise<{ body: Record<string, unknown>; totalFiles: number } | undefined> {
    const sha = await this.resolve(ref)
    if (!sha) return undefined
    const [c] = await this.commits([sha], ['-n1'])
    const parent = c!.parents[0] ?? this.emptyTreeSha()
    const files = await this.diff(parent, sha)
    const additions = files.reduce((n, f) => n + f.additions, 0)
    const deletions = files.reduce((n, f) => n + f.deletions, 0)
    const start = (paging.page - 1) * paging.perPage
    return {
      body: {
        ...this.commitObject(c!),
        stats: { total: additions + deletions, additions, deletions },
        files: files.slice(start, start + paging.perPage),
      },
      totalFiles: files.length,
    }
  }

  private user(email: string) {
    const login = this.authors.get(email)
    return login ? simpleUser(login, this.ctx.api) : null
  }

  private commitObject(c: RawCommit) {
    const api = this.ctx.apiRepo
    return {
      sha: c.sha,
      node_id: nodeId('C', c.sha),
      commit: {
        author: c.author,
        committer: c.committer,
        message: c.message,
        tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
        url: `${api}/git/commits/${c.sha}`,
        comment_count: 0,
        verification: { ...UNSIGNED },
      },
      url: `${api}/commits/${c.sha}`,
      html_url: `${this.ctx.htmlRepo}/commit/${c.sha}`,
      comments_url: `${api}/commits/${c.sha}/comments`,
      author: this.user(c.author.email),
      committer: this.user(c.committer.email),
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${api}/commits/${p}`,
        html_url: `${this.ctx.htmlRepo}/commit/${p}`,
      })),
    }
  }
}

/** Full SHA of a commit-ish in `dir`, or undefined. Synchronous so state seeding stays simple. */
export function resolveSync(dir: string, ref: string): string | undefined {
  if (!isSafeRef(ref)) return undefined
  try {
    const out = execFileSync(
      'git',
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
      { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' },
    )
    return out.trim() || undefined
  } catch {
    return undefined
  }
}

// Refs come from URLs; anything that git could read as an option or a range is not a ref.
function isSafeRef(ref: string): boolean {
  return (
    ref.length > 0 && !ref.startsWith('-') && !ref.includes('..') && !/[\s\0~^:?*[\\]/.test(ref)
  )
}

function parseCommit(record: string): RawCommit {
  const parts = record.split(SEP)
  const field = (i: number) => parts[i] ?? ''
  const utc = (d: string) => isoSeconds(new Date(d))
  return {
    sha: field(0).trim(),
    tree: field(1),
    parents: field(2).split(' ').filter(Boolean),
    author: { name: field(3), email: field(4), date: utc(field(5)) },
    committer: { name: field(6), email: field(7), date: utc(field(8)) },
    // GitHub returns the message without git's trailing newline.
    message: parts.slice(9).join(SEP).replace(/\n+$/, ''),
  }
}

interface RawFile {
  path: string
  previous?: string
  status: DiffEntry['status']
  sha: string | null
}

function parseRaw(out: string): RawFile[] {
  const tokens = out.split('\0')
  const files: RawFile[] = []
  for (let i = 0; i < tokens.length;) {
    const meta = tokens[i++]
    if (!meta || !meta.startsWith(':')) continue
    const [, , srcSha, dstSha, code] = meta.slice(1).split(' ')
    const letter = (code ?? 'M')[0]!
    const status = STATUS[letter] ?? 'modified'
    const zero = /^0+$/
    const sha = dstSha && !zero.test(dstSha) ? dstSha : srcSha && !zero.test(srcSha) ? srcSha : null
    if (letter === 'R' || letter === 'C') {
      const previous = tokens[i++] ?? ''
      files.push({ path: tokens[i++] ?? '', previous, status, sha })
    } else {
      files.push({ path: tokens[i++] ?? '', status, sha })
    }
  }
  return files
}

function parseNumstat(out: string) {
  const tokens = out.split('\0')
  const counts: { additions: number; deletions: number }[] = []
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i++]
    if (!t) continue
    const [a, d, path] = t.split('\t')
    // Binary files report "-"; a rename leaves the path empty and puts old and new after it.
    counts.push({ additions: Number(a) || 0, deletions: Number(d) || 0 })
    if (path === '') i += 2
  }
  return counts
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
