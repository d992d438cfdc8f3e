// zod fields backed by the project's text parsers. Every parser returns its value, or a string
// that is the error sentence; no parser's value is itself a string, so the two cannot be confused.

import { z } from 'zod'
import { parseDuration } from './duration.js'

// Each run parses a handful of small documents once: compiling zod's generated fast paths with
// `new Function` costs more than it saves (README, Performance).
z.config({ jitless: true })

export function fromText<T>(parse: (text: string) => T | string) {
  return z.string().transform((s, ctx) => {
    const v = parse(s)
    if (typeof v === 'string') {
      ctx.addIssue({ code: 'custom', message: v })
      return z.NEVER
    }
    return v as Exclude<T, string>
  })
}

/** Milliseconds from "500ms", "10s", "5m", "1h", "1h30m". */
export const durationField = fromText(parseDuration)

/** An http(s) URL, or the error sentence; `bare` also refuses a ?query or #fragment. */
export function parseHttpUrl(text: string, bare = false): URL | string {
  let u: URL
  try {
    u = new URL(text.trim())
  } catch {
    return 'is not a valid URL'
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    return `must be http or https, got "${u.protocol.replace(':', '')}"`
  if (bare && (u.search || u.hash)) return 'must not have a ?query or #fragment'
  return u
}

/** An http(s) URL field; `required` is the message when it is missing. */
export const httpUrlField = (required: string, bare = false) =>
  z.string({ error: required }).transform((s, ctx) => {
    const u = parseHttpUrl(s, bare)
    if (typeof u === 'string') {
      ctx.addIssue({ code: 'custom', message: u })
      return z.NEVER
    }
    return u
  })
