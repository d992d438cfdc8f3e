// A response body as the assertions read it: at most MAX_BODY bytes, decoded when a server
// encoded it although it was asked not to.
//
// Every probe sends `Accept-Encoding: identity` (RFC 9110 §12.5.3): without that header a server
// may pick any coding, and a gzip body failed `json` and `body-contains` (issue 13). Some servers
// compress whatever they are asked, so gzip, deflate and br are decoded anyway, and the cap
// counts decoded bytes: a 64 MiB run of zeros is 64 KiB as gzip and must stop at 1 MiB like any
// other body, decoded chunk by chunk and never held whole.

import type { Transform } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib'
import type { Dispatcher } from 'undici'

export const MAX_BODY = 1024 * 1024

type Body = Dispatcher.ResponseData['body']
type Decoder = Transform

export type Read =
  | { text: string; tooLarge: boolean }
  /** The Content-Encoding is unknown, or the body does not decode as it says. */
  | { encodingError: string }

/**
 * The codings decoded, as servers name them (x-gzip is gzip, RFC 9110 §8.4.1.3). `first`: the
 * body's first bytes, given to the decoder that reads the wire.
 */
const DECODERS: Record<string, (first?: Buffer) => Decoder> = {
  gzip: () => createGunzip(),
  'x-gzip': () => createGunzip(),
  // "deflate" is the zlib format (RFC 9110 §8.4.1.2), but some servers send raw deflate: a zlib
  // stream starts with a header whose first byte says method 8 and whose first two bytes, read
  // as a number, are a multiple of 31 (RFC 1950 §2.2).
  deflate: (first) =>
    !first ||
    (first.length >= 2 && (first[0]! & 0x0f) === 8 && ((first[0]! << 8) | first[1]!) % 31 === 0)
      ? createInflate()
      : createInflateRaw(),
  br: () => createBrotliDecompress(),
}

/**
 * Drops a body unread. undici reports the destroy of a body it has received but nobody read as
 * an 'error' event (UND_ERR_ABORTED); with no listener that is an uncaught exception, and it
 * ended the action with no outputs when an answer arrived after its probe's deadline.
 */
export function discard(body: Body): void {
  body.on('error', () => {})
  body.destroy()
}

/** The codings of a Content-Encoding header, in the order they were applied; [] for none. */
export function codings(header: string | string[] | undefined): string[] {
  if (header === undefined) return [] // nearly every answer: no work per request
  const all = Array.isArray(header) ? header.join(',') : (header ?? '')
  return all
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity')
}

/**
 * Reads a body up to MAX_BODY bytes, decoded. Events, not `for await`: the async iterator costs
 * a promise per chunk, which showed in the engine benchmark. Past the cap the stream is
 * destroyed, so the rest is never read.
 */
export function readBody(body: Body, encoding: string | string[] | undefined): Promise<Read> {
  const applied = codings(encoding)
  if (applied.length === 0) return readPlain(body)
  const unknown = applied.find((c) => !DECODERS[c])
  if (unknown) {
    discard(body)
    return Promise.resolve({
      encodingError: `the body is encoded as "${unknown}", which deploy-guard does not decode (it asks for Accept-Encoding: identity; gzip, deflate and br are decoded)`,
    })
  }
  return readDecoded(body, applied)
}

function readPlain(body: Body): Promise<Read> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const text = () => Buffer.concat(chunks).toString('utf8')
    body.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        body.destroy()
        resolve({ text: text(), tooLarge: true })
      } else chunks.push(chunk)
    })
    body.on('end', () => resolve({ text: text(), tooLarge: false }))
    body.on('error', reject)
    // Destroyed at the deadline: settle, so nothing waits on it.
    body.on('close', () => resolve({ text: text(), tooLarge: false }))
  })
}

/**
 * The decoders, the last coding applied first, are made when the first bytes arrive: an empty
 * body (HEAD, 204) with a Content-Encoding is empty, not a broken gzip stream. The encoded bytes
 * are capped too, so a server cannot stream padding that decodes to nothing until the deadline.
 */
function readDecoded(body: Body, applied: string[]): Promise<Read> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let raw = 0
    let stages: Decoder[] = []
    let settled = false
    const text = () => Buffer.concat(chunks).toString('utf8')
    const settle = (r: Read) => {
      if (settled) return
      settled = true
      resolve(r)
    }
    const stop = () => {
      body.destroy()
      for (const s of stages) s.destroy()
    }
    const tooLarge = () => {
      stop()
      settle({ text: text(), tooLarge: true })
    }
    const undo = [...applied].reverse()
    const start = (first: Buffer) => {
      stages = undo.map((c, i) => DECODERS[c]!(i === 0 ? first : undefined))
      for (let i = 0; i + 1 < stages.length; i++) stages[i]!.pipe(stages[i + 1]!)
      stages.forEach((s, i) =>
        s.on('error', (e: Error) => {
          stop()
          settle({ encodingError: `the body does not decode as ${undo[i]}: ${e.message}` })
        }),
      )
      const last = stages.at(-1)!
      last.on('data', (chunk: Buffer) => {
        if (settled) return
        size += chunk.length
        if (size > MAX_BODY) tooLarge()
        else chunks.push(chunk)
      })
      last.on('end', () => settle({ text: text(), tooLarge: false }))
    }
    body.on('data', (chunk: Buffer) => {
      if (settled) return
      raw += chunk.length
      if (raw > MAX_BODY) return tooLarge()
      if (stages.length === 0) start(chunk)
      stages[0]!.write(chunk)
    })
    body.on('end', () => {
      if (stages.length === 0) settle({ text: '', tooLarge: false })
      else stages[0]!.end()
    })
    body.on('error', (e) => {
      stop()
      if (settled) return
      settled = true
      reject(e)
    })
    // Destroyed at the deadline: settle with what was decoded, so nothing waits on it.
    body.on('close', () => {
      if (body.readableEnded) return // the decoders finish on their own
      for (const s of stages) s.destroy()
      settle({ text: text(), tooLarge: false })
    })
  })
}
