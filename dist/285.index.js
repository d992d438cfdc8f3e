export const id = 285;
export const ids = [285];
export const modules = {

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   EU: () => (/* binding */ fence),
/* harmony export */   Hg: () => (/* binding */ mermaidText),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export safeUrl */
// Neutralising text from users, commits and services before it lands in markdown that people
// read (job summaries, issues): no pings, no raw HTML, no broken tables or code spans.
const ZWSP = '\u200b';
/** Text safe inside a markdown paragraph or table cell. */
function md(text) {
    // Backslashes first: escaping them after the pipes would turn "\|" into "\\|", a cell break.
    // "GH-12" is the other spelling of "#12": GitHub links it and cross-references the issue.
    return text
        .replace(/\r\n?|\n/g, ' ')
        .replace(/\\/g, '\\\\')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/`/g, "'")
        .replace(/([*_~[\]])/g, '\\$1')
        .replace(/@(?=[A-Za-z0-9-])/g, `@${ZWSP}`)
        .replace(/#(?=\d)/g, `#${ZWSP}`)
        .replace(/(gh-)(?=\d)/gi, `$1${ZWSP}`);
}
/** A code span that cannot be escaped from, whatever backticks the text holds. */
function code(text) {
    const flat = text.replace(/\r\n?|\n/g, ' ').replace(/\|/g, '\u2758');
    // "``" is not an empty span but an opener that pairs with the next "``" on the line.
    if (flat === '')
        return '` `';
    const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
function table(head, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
// Control characters (but tab and line breaks) and bidirectional overrides can hide or reorder
// text in a review ("Trojan Source"); they have no business in an incident report.
// eslint-disable-next-line no-control-regex -- matching them is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
// Half a surrogate pair is not text: JSON carries it, GitHub does not store it faithfully.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** The text without control characters (but tab and line breaks), bidi overrides or lone surrogates. */
function visible(text) {
    return text.replace(INVISIBLE, '').replace(LONE_SURROGATE, '\ufffd');
}
/** At most `max` code points, so a cut never leaves half a surrogate pair; "…" marks a cut. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    const points = Array.from(text);
    if (points.length <= max)
        return text;
    return points.slice(0, Math.max(0, max - 1)).join('') + '…';
}
/**
 * A fenced code block that no line of `text` can close early: the fence is longer than any
 * backtick run in the text, and tilde fences are not used, so a "~~~" line is just text.
 */
function fence(text, lang = 'text') {
    const body = visible(text).replace(/\r\n?/g, '\n');
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const f = '`'.repeat(Math.max(3, longest + 1));
    return `${f}${lang}\n${body}\n${f}`;
}
/**
 * An http(s) URL that cannot break out of a link destination or a table cell, or null.
 * Parsing percent-encodes spaces and angle brackets; what it leaves alone but markdown cares
 * about (parentheses, pipes, backslashes, and "@", which reads like a mention) is encoded here.
 */
function safeUrl(text) {
    let u;
    try {
        u = new URL(text);
    }
    catch {
        return null;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return null;
    // Credentials have no place in an issue, and without them an "@" is only ever in the path.
    if (u.username || u.password)
        return null;
    return u.href.replace(/[()|\\[\]`"<>\s@]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** `[label](url)`, or the label alone when the URL is not a safe http(s) URL. `label` is markdown. */
function link(label, url) {
    const href = url ? safeUrl(url) : null;
    return href ? `[${label}](${href})` : label;
}
/**
 * Text for a mermaid label: letters, digits and a little punctuation, nothing that mermaid
 * parses (colons, semicolons, hashes, percent directives, brackets, quotes) or that could end
 * the fence (backticks).
 */
function mermaidText(text, max = 80) {
    const flat = text
        .replace(/[^\p{L}\p{N} .,/+()'-]+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return clip(flat, max) || '-';
}


/***/ })

};
