// The judge of the markdown deploy-guard writes, independent of src/report/markdown.ts: a GFM
// parser that is not ours (micromark through mdast-util-from-markdown, with the GFM and math
// extensions) reads the text, and the tree must hold only the structure the renderer meant:
// its headings, tables and fences; no HTML but its own <br> (and the issue's hidden run marks);
// no link but its own; no autolink, image, footnote, math or strikethrough; and in the text, no
// live mention, issue reference, emoji shortcode or URL.
//
// What the parser cannot see, GitHub does after it renders: it looks for @mentions, #123 and
// GH-123, :emoji: and full issue URLs in the rendered text. Those are checked on the text nodes,
// where backslash escapes are already resolved (as GitHub has them), so only a zero-width space
// or a code span keeps them inert.
import type { Nodes, Parents, Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { mathFromMarkdown } from 'mdast-util-math'
import { gfm } from 'micromark-extension-gfm'
import { math } from 'micromark-extension-math'

export function parseGfm(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfm(), math()],
    mdastExtensions: [gfmFromMarkdown(), mathFromMarkdown()],
  })
}

export interface Expected {
  /** Headings that must appear, in this order, as `## text` (text as rendered, code spans too). */
  headings?: readonly string[]
  /** Whether a heading is one the renderer writes; without it, only `headings` are. */
  headingOk?: (heading: string) => boolean
  /** Languages of the fenced code blocks the renderer writes; no other code block may appear. */
  fences?: readonly string[]
  /** Column counts of the tables, in order, when the test knows them. */
  tables?: readonly number[]
  /** Whether a link's destination is one the renderer wrote (default: any http(s) URL). */
  linkOk?: (url: string) => boolean
  /** HTML the renderer writes besides `<br>` (the incident issue's hidden run marks). */
  htmlOk?: (html: string) => boolean
  /** Issue references the renderer writes on purpose, matched in a text node and left out. */
  ownReferences?: RegExp
  /** Whether the renderer writes block quotes (the incident issue's notes). */
  blockquotes?: boolean
}

export interface Parsed {
  tree: Root
  headings: string[]
  /** Each table's column count and the cell counts of its rows. */
  tables: { columns: number; rows: number[] }[]
  fences: { lang: string | null; value: string }[]
  links: string[]
  html: string[]
}

/** The text of each top-level paragraph, as a reader sees it. */
export function paragraphsOf(tree: Root): string[] {
  return tree.children.filter((n) => n.type === 'paragraph').map((n) => textOf(n))
}

/** The text of a node as a reader sees it (code spans included). */
export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('')
  return ''
}

const HIDDEN =
  // eslint-disable-next-line no-control-regex -- the point is to find them
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const MENTION = /@[A-Za-z0-9]/
const REFERENCE = /#\d|\bGH-\d/i
// A shortcode names letters (":rocket:", ":+1:") or is one of the two all-digit ones; a time's ":02:" is not one.
const EMOJI = /:(?:[\w+-]*[A-Za-z+-][\w+-]*|100|1234):/
const URL_TEXT = /\b(?:https?|ftp):\/\/|\bwww\./i
const ISSUE_URL =
  /github\.com\/[^\s/\u200b]+\/[^\s/\u200b]+\/(?:issues|pull|pulls|discussions)\/\d/i
const FORBIDDEN = new Set([
  'image', 'imageReference', 'linkReference', 'definition', 'footnoteReference',
  'footnoteDefinition', 'inlineMath', 'math', 'delete',
]) // prettier-ignore

const around = (s: string, at: number) => JSON.stringify(s.slice(Math.max(0, at - 20), at + 20))

/** Reads the markdown; `problems` is empty when it holds only what `expected` allows. */
export function judge(markdown: string, expected: Expected = {}): Parsed & { problems: string[] } {
  const problems: string[] = []
  const tree = parseGfm(markdown)
  const out: Parsed = { tree, headings: [], tables: [], fences: [], links: [], html: [] }
  if (HIDDEN.test(markdown)) problems.push(`a control or bidi character: ${around(markdown, markdown.search(HIDDEN))}`) // prettier-ignore
  if (LONE_SURROGATE.test(markdown)) problems.push('a lone surrogate')
  if (markdown.includes('\r')) problems.push('a carriage return')

  const linkOk = expected.linkOk ?? ((url: string) => /^https?:\/\//.test(url))
  const visit = (node: Nodes, inLink: boolean) => {
    const at = node.position?.start.offset ?? 0
    if (FORBIDDEN.has(node.type)) problems.push(`${node.type} at ${around(markdown, at)}`)
    switch (node.type) {
      case 'html':
        out.html.push(node.value)
        if (node.value !== '<br>' && !expected.htmlOk?.(node.value))
          problems.push(`raw HTML ${JSON.stringify(node.value.slice(0, 60))}`)
        break
      case 'link':
        out.links.push(node.url)
        // An explicit link starts with "[" (ours: md() escapes brackets); an autolink is bare text.
        if (markdown[at] !== '[') problems.push(`autolink ${JSON.stringify(node.url)}`)
        else if (!linkOk(node.url)) problems.push(`link to ${JSON.stringify(node.url)}`)
        break
      case 'code':
        out.fences.push({ lang: node.lang ?? null, value: node.value })
        if (!/^ {0,3}(```|~~~)/.test(markdown.slice(at)))
          problems.push(`indented code block ${around(markdown, at)}`)
        else if (!expected.fences?.includes(node.lang ?? ''))
          problems.push(`code block ${JSON.stringify(node.lang)} at ${around(markdown, at)}`)
        break
      case 'heading': {
        const h = `${'#'.repeat(node.depth)} ${textOf(node)}`
        out.headings.push(h)
        if (!(expected.headings?.includes(h) || expected.headingOk?.(h)))
          problems.push(`unexpected heading ${JSON.stringify(h.slice(0, 80))}`)
        break
      }
      case 'table': {
        const rows = node.children.map((r) => r.children.length)
        out.tables.push({ columns: node.align?.length ?? 0, rows })
        rows.forEach((n, i) => {
          if (n !== (node.align?.length ?? 0))
            problems.push(`table row ${i} has ${n} cells, the header ${node.align?.length}`)
        })
        break
      }
      case 'blockquote':
        if (!expected.blockquotes) problems.push(`block quote ${around(markdown, at)}`)
        break
      case 'text': {
        const t = node.value
        const m = MENTION.exec(t)
        if (m) problems.push(`live mention ${around(t, m.index)}`)
        const refs = expected.ownReferences ? t.replace(expected.ownReferences, ' ') : t
        const r = inLink ? null : REFERENCE.exec(refs)
        if (r) problems.push(`live issue reference ${around(refs, r.index)}`)
        const e = EMOJI.exec(t)
        if (e) problems.push(`emoji shortcode ${around(t, e.index)}`)
        const u = URL_TEXT.exec(t) ?? ISSUE_URL.exec(t)
        if (u && !inLink) problems.push(`URL in text ${around(t, u.index)}`)
        break
      }
    }
    if ('children' in node)
      for (const c of (node as Parents).children) visit(c as Nodes, inLink || node.type === 'link')
  }
  visit(tree, false)

  if (expected.headings) {
    let k = 0
    for (const h of out.headings) if (h === expected.headings[k]) k++
    if (k < expected.headings.length)
      problems.push(`heading ${JSON.stringify(expected.headings[k])} is missing or out of order`)
  }
  if (expected.tables) {
    const got = out.tables.map((t) => t.columns)
    if (JSON.stringify(got) !== JSON.stringify(expected.tables))
      problems.push(`tables with ${JSON.stringify(got)} columns, expected ${JSON.stringify(expected.tables)}`) // prettier-ignore
  }
  return { ...out, problems }
}

/** The problems alone, for `expect(markdownProblems(md, ...)).toEqual([])`. */
export function markdownProblems(markdown: string, expected: Expected = {}): string[] {
  return judge(markdown, expected).problems
}
