// Neutralising text from users, commits and services before it lands in markdown that people
// read (job summaries, issues): no pings, no raw HTML, no broken tables or code spans.

const ZWSP = '\u200b'

/** Text safe inside a markdown paragraph or table cell. */
export function md(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/`/g, "'")
    .replace(/([*_~[\]\\])/g, (c) => (c === '\\' ? '\\\\' : `\\${c}`))
    .replace(/@(?=[A-Za-z0-9-])/g, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
}

/** A code span that cannot be escaped from, whatever backticks the text holds. */
export function code(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ').replace(/\|/g, '\u2758')
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}
