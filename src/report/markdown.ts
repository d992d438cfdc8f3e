// Neutralising text from users, commits and services before it lands in markdown that people
// read (job summaries, issues, comments): no pings, no cross-references, no raw HTML, no links,
// emoji or math, no broken tables or code spans, and nothing that opens a block.

import { visible } from './visible.js'

export { visible }

const ZWSP = '\u200b'

/**
 * Text safe inside a markdown paragraph, heading or table cell: one line that renders as the
 * characters it holds. GitHub resolves backslash escapes before it looks for mentions, issue
 * references and emoji in the rendered text, so those are broken with a zero-width space
 * instead: `@\u200bteam`, `#\u200b12`, `:\u200brocket:`, `https:\u200b//` (an autolink of
 * `https://github.com/o/r/issues/7` becomes a cross-reference to that issue).
 */
export function md(text: string): string {
  // Backslashes first: escaping them after the pipes would turn "\|" into "\\|", a cell break.
  // "GH-12" is the other spelling of "#12": GitHub links it and cross-references the issue.
  return (
    visible(text)
      .replace(/\r\n?|[\n\u0085\u2028\u2029]/g, ' ')
      // Leading spaces: four of them at the start of a line would open an indented code block.
      .replace(/^[ \t]+/, '')
      .replace(/\\/g, '\\\\')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '\\|')
      .replace(/`/g, "'")
      // "$x^2$" and "$$" are math on GitHub; "~~x~~" strikes through.
      .replace(/([*_~[\]$])/g, '\\$1')
      // A line that starts with "# ", "- ", "+ ", "=", "1." or "1)" is a heading, a list or a
      // setext underline when the text lands at the start of a line.
      .replace(/^([#+=-])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
      .replace(/@(?=[A-Za-z0-9-])/g, `@${ZWSP}`)
      .replace(/#(?=\d)/g, `#${ZWSP}`)
      .replace(/(gh-)(?=\d)/gi, `$1${ZWSP}`)
      // GFM autolinks "http://", "https://", "ftp://" and "www." in text (and an email address,
      // which the "@" rule above already breaks).
      .replace(/(https?|ftp):(?=\/\/)/gi, `$1:${ZWSP}`)
      .replace(/(www)\./gi, `$1${ZWSP}.`)
      // And GitHub reads "…/issues/7" and "…/pull/7" in a URL as a reference to that issue.
      .replace(/\/(?=(?:issues|pull|pulls|discussions)\/\d)/gi, `${ZWSP}/`)
      // ":rocket:" is an emoji shortcode (":white\_check\_mark:" too, once its escapes are read).
      // Every colon that could open one is broken, closed or not, as the text after it may close
      // it; a time's "10:05 " cannot (shortcodes that start with a digit run to a colon).
      .replace(/:(?=[A-Za-z_+\\-]|\d[\w+\\-]*(?::|$))/g, `:${ZWSP}`)
  )
}

/** A code span that cannot be escaped from, whatever backticks the text holds. */
export function code(text: string): string {
  const flat = visible(text)
    .replace(/\r\n?|[\n\u0085\u2028\u2029]/g, ' ')
    .replace(/\|/g, '\u2758')
  // "``" is not an empty span but an opener that pairs with the next "``" on the line.
  if (flat === '') return '` `'
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

/** At most `max` code points, so a cut never leaves half a surrogate pair; "…" marks a cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const points = Array.from(text)
  if (points.length <= max) return text
  return points.slice(0, Math.max(0, max - 1)).join('') + '…'
}

/**
 * A fenced code block that no line of `text` can close early: the fence is longer than any
 * backtick run in the text, and tilde fences are not used, so a "~~~" line is just text.
 */
export function fence(text: string, lang = 'text'): string {
  const body = visible(text).replace(/\r\n?/g, '\n')
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length))
  const f = '`'.repeat(Math.max(3, longest + 1))
  return `${f}${lang}\n${body}\n${f}`
}

/**
 * An http(s) URL that cannot break out of a link destination or a table cell, or null.
 * Parsing percent-encodes spaces and angle brackets; what it leaves alone but markdown cares
 * about (parentheses, pipes, backslashes, and "@", which reads like a mention) is encoded here.
 */
export function safeUrl(text: string): string | null {
  let u: URL
  try {
    u = new URL(text)
  } catch {
    return null
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null
  // Credentials have no place in an issue, and without them an "@" is only ever in the path.
  if (u.username || u.password) return null
  // "&#64;" in a link destination is a character reference: markdown would read it as "@".
  return u.href
    .replace(/&(?=#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi, '%26')
    .replace(
      /[()|\\[\]`"<>\s@]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    )
}

/** `[label](url)`, or the label alone when the URL is not a safe http(s) URL. `label` is markdown. */
export function link(label: string, url: string | undefined | null): string {
  const href = url ? safeUrl(url) : null
  return href ? `[${label}](${href})` : label
}

/**
 * Text for a mermaid label: letters, digits and a little punctuation, nothing that mermaid
 * parses (colons, semicolons, hashes, percent directives, brackets, quotes) or that could end
 * the fence (backticks).
 */
export function mermaidText(text: string, max = 80): string {
  const flat = text
    .replace(/[^\p{L}\p{N} .,/+()'-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return clip(flat, max) || '-'
}
