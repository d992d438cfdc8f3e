// The "What changed" section of the incident issue: the compare between the previous good
// release and the failed one, risky files first, then commits and files, each list cut to the
// rows the caller's budget affords (render.ts fits the whole body).

import { clip, code, link, table, visible } from '../report/markdown.js'
import { RISKY_KINDS, KIND_LABELS } from './classify.js'
import { count, plural, shaCode, untrusted } from './render-parts.js'
import type { IncidentInput } from './types.js'
import type { Kind } from './classify.js'

/** What changesSection reads of the prepared incident. */
export interface ChangeRows {
  input: IncidentInput
  risky: { kind: Kind; line: string }[]
  commitRows: string[][]
  fileRows: string[][]
}

/** Rows of each list to show. */
export interface ChangeBudget {
  risky: number
  commits: number
  files: number
}

/** Long paths keep their start and their file name, the parts people recognise. */
export function clipPath(path: string, max = 160): string {
  const points = Array.from(visible(path))
  if (points.length <= max) return points.join('')
  return `${points.slice(0, 24).join('')}…${points.slice(points.length - (max - 25)).join('')}`
}

function omitted(shown: number, total: number, what: string, url: string): string {
  const see = `see ${link('the full comparison', url)}`
  return shown > 0
    ? `_Showing ${count(shown)} of ${plural(total, what)}; ${count(total - shown)} more not listed here, ${see}._`
    : `_${plural(total, what)} not listed here, ${see}._`
}

export function changesSection(p: ChangeRows, b: ChangeBudget, level: string): string {
  const i = p.input
  const ch = i.changes
  if (!ch) {
    const why = i.changesNote ? untrusted(i.changesNote, 500) : 'nothing to compare with.'
    return `No comparison with a previous release: ${why}`
  }
  const adds = ch.files.reduce((n, f) => n + f.additions, 0)
  const dels = ch.files.reduce((n, f) => n + f.deletions, 0)
  const out = [
    `${link(`${shaCode(ch.base)}...${shaCode(ch.head)}`, ch.compareUrl)}: the previous good release ${shaCode(ch.base)} against the failed release ${shaCode(ch.head)}; ${plural(ch.totalCommits, 'commit')}, ${ch.capped.files ? 'at least ' : ''}${plural(ch.files.length, 'file')} changed (+${count(adds)} −${count(dels)}).`,
  ]
  if (ch.capped.commits || ch.totalCommits > ch.commits.length)
    out.push(
      '',
      `> The compare API lists at most 250 commits: the newest ${count(ch.commits.length)} of the ${count(ch.totalCommits)} are listed here, and the oldest ${count(Math.max(0, ch.totalCommits - ch.commits.length))} are left out. Run ${code(`git log --oneline ${clip(visible(ch.base), 40)}..${clip(visible(ch.head), 40)}`)} for all.`,
    )
  if (ch.capped.files)
    out.push(
      '',
      `> The compare API lists at most 300 files: more files than the ${count(ch.files.length)} here may have changed. Run ${code(`git diff --stat ${clip(visible(ch.base), 40)} ${clip(visible(ch.head), 40)}`)} for all.`,
    )

  out.push('', `${level} Risky files first`, '')
  if (p.risky.length === 0)
    out.push(
      'None of the changed files are migrations, configuration, dependency manifests, infrastructure or workflows.',
    )
  else {
    const shown = p.risky.slice(0, b.risky)
    for (const kind of RISKY_KINDS) {
      const all = p.risky.filter((r) => r.kind === kind).length
      const lines = shown.filter((r) => r.kind === kind).map((r) => r.line)
      if (all === 0) continue
      out.push(`**${KIND_LABELS[kind]}** (${count(all)})`, '', ...lines)
      if (lines.length < all) out.push('', omitted(lines.length, all, 'file', ch.compareUrl))
      out.push('')
    }
    out.pop()
  }

  out.push('', `${level} Commits`, '')
  const commits = p.commitRows.slice(0, b.commits)
  if (commits.length) out.push(table(['Commit', 'Title', 'Author', 'Pull request'], commits))
  if (p.commitRows.length === 0) out.push('The compare lists no commits.')
  else if (commits.length < p.commitRows.length)
    out.push(
      ...(commits.length ? [''] : []),
      omitted(commits.length, p.commitRows.length, 'commit', ch.compareUrl),
    )

  out.push('', `${level} Files`, '')
  const files = p.fileRows.slice(0, b.files)
  if (files.length) out.push(table(['File', 'Kind', 'Status', 'Added', 'Deleted'], files))
  if (p.fileRows.length === 0) out.push('The compare lists no files.')
  else if (files.length < p.fileRows.length)
    out.push(
      ...(files.length ? [''] : []),
      omitted(files.length, p.fileRows.length, 'file', ch.compareUrl),
    )
  return out.join('\n')
}
