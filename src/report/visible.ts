// What a reader cannot see has no place in a log, a summary or an issue. Its own module: the
// log guard loads at the action's start-up, and needs this, not the markdown neutraliser.

// Control characters (C0 but tab and line breaks, DEL, C1) and bidirectional controls can hide
// or reorder text in a review ("Trojan Source", CVE-2021-42574: the embeddings, overrides and
// isolates, and the LRM, RLM and ALM marks); they have no business in a report or a log.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching them is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
// Half a surrogate pair is not text: JSON carries it, GitHub does not store it faithfully.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** The text without control characters (but tab and line breaks), bidi controls or lone surrogates. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, '').replace(LONE_SURROGATE, '\ufffd')
}
