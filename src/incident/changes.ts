// "What changed?": the compare between the previous good and the failed release, with the pull
// request behind each commit. PR numbers come from merge and squash titles first; only commits
// without one cost a request, and only the first few.

import type { GitHub } from '../github/client.js'
import type { ChangeSet, ChangedCommit } from './types.js'

const PR_LOOKUPS = 10
const COMPARE_COMMITS = 250
const COMPARE_FILES = 300

/** "Merge pull request #12 from ..." or "Title (#12)". */
export function prFromTitle(title: string): number | null {
  const m = /^Merge pull request #(\d+)\b/.exec(title) ?? /\(#(\d+)\)\s*$/.exec(title)
  return m ? Number(m[1]) : null
}

export async function fetchChanges(
  gh: GitHub,
  base: string,
  head: string,
  htmlUrl: string,
): Promise<ChangeSet> {
  const data = await gh.compare(base, head)
  const commits: ChangedCommit[] = data.commits.map((c) => {
    const title = (c.commit.message ?? '').split('\n')[0] ?? ''
    const pr = prFromTitle(title)
    return {
      sha: c.sha,
      title,
      author: c.author?.login ?? c.commit.author?.name ?? 'unknown',
      url: c.html_url,
      ...(pr !== null ? { pr: { number: pr, url: `${htmlUrl}/pull/${pr}` } } : {}),
    }
  })
  let lookups = 0
  for (const c of [...commits].reverse()) {
    if (c.pr || lookups >= PR_LOOKUPS) continue
    lookups++
    try {
      const [pr] = await gh.pullsForCommit(c.sha)
      if (pr) c.pr = { number: pr.number, title: pr.title, url: pr.html_url }
    } catch {
      // a PR link is a nicety; the commit is still listed
    }
  }
  const files = (data.files ?? []).map((f) => ({
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
  }))
  return {
    base,
    head,
    compareUrl: `${htmlUrl}/compare/${base}...${head}`,
    totalCommits: data.total_commits,
    commits,
    files,
    capped: {
      // The unpaged compare lists the newest commits, up to GitHub's 250 (see GitHub.compare).
      commits: data.total_commits > commits.length || commits.length >= COMPARE_COMMITS,
      files: files.length >= COMPARE_FILES,
    },
  }
}
