// A failed probe's error class: what went wrong on the wire, from the error undici or Node gave,
// and a sentence for it. The README lists every class (test/docs/error-classes.test.ts).

export const ERROR_CLASSES = [
  'dns',
  'connect-refused',
  'connect-timeout',
  'tls',
  'timeout',
  'reset',
  'http-status',
  'assertion',
  'body-too-large',
  'content-encoding',
  'too-many-redirects',
  // metric probes (metric.ts)
  'prometheus-error',
  'prometheus-http',
  'prometheus-answer',
  'metric-series',
  'metric-not-finite',
  'no-data',
  'metric-threshold',
] as const
export type ErrorClass = (typeof ERROR_CLASSES)[number]

function codeOf(e: unknown): string {
  let cur = e as { code?: string; cause?: unknown; message?: string } | undefined
  for (let depth = 0; cur && depth < 5; depth++) {
    if (cur.code && cur.code !== 'UND_ERR') return cur.code
    cur = cur.cause as typeof cur
  }
  return ''
}

export function classify(e: unknown, timedOut: boolean): ErrorClass {
  const code = codeOf(e)
  const msg = String((e as Error)?.message ?? '')
  if (/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL)$/.test(code)) return 'dns'
  if (code === 'ECONNREFUSED') return 'connect-refused'
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return 'connect-timeout'
  if (/^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO$|ERR_OSSL)/.test(code))
    return 'tls'
  if (
    timedOut ||
    /^(UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|UND_ERR_ABORTED|ABORT_ERR)$/.test(code)
  )
    return 'timeout'
  if (
    /^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED|UND_ERR_RES_CONTENT_LENGTH_MISMATCH)$/.test(
      code,
    )
  )
    return 'reset'
  if (/other side closed|socket hang up/i.test(msg)) return 'reset'
  if (code === 'ETIMEDOUT') return 'connect-timeout'
  return 'reset'
}

export function describe(cls: ErrorClass, e: unknown, timeoutMs: number): string {
  const code = codeOf(e)
  switch (cls) {
    case 'timeout':
      return `no complete response within ${timeoutMs} ms`
    case 'connect-timeout':
      return `could not connect within ${timeoutMs} ms`
    case 'connect-refused':
      return 'connection refused'
    case 'dns':
      return `the host name could not be resolved (${code})`
    default:
      return `${(e as Error)?.message ?? String(e)}${code ? ` (${code})` : ''}`
  }
}
