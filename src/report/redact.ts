// Secrets never reach logs, summaries, reports or issues. URLs lose their userinfo and query
// values, sensitive headers their values, and any known secret is scrubbed from free text
// (a probe's response body may echo the token it was sent).

// A header is a credential when its name says so anywhere in it (issue 13): a fixed list let
// X-Auth, X-Authorization and Authentication through, into the issue and across a redirect to
// another origin. Authorization, Proxy-Authorization, Cookie, Set-Cookie and X-Api-Key all
// match. So do a few names that hold no secret (X-Cache-Key, X-Author): redacting those costs
// a value in the report; missing a credential would publish it.
const SENSITIVE_HEADER = /auth|token|key|secret|session|cookie|password|passwd|credential/i
export const MASK = '***'

export function isSensitiveHeader(name: string): boolean {
  return SENSITIVE_HEADER.test(name)
}

/** `keep`: query parameters that hold no secret (a metric probe's PromQL `query`). */
export function redactUrl(input: URL | string, keep: readonly string[] = []): string {
  let u: URL
  try {
    u = new URL(String(input))
  } catch {
    return MASK
  }
  if (u.username) u.username = MASK
  if (u.password) u.password = MASK
  const keys = [...u.searchParams.keys()]
  if (keys.length > 0)
    u.search = [...u.searchParams]
      .map(
        ([k, v]) => `${encodeURIComponent(k)}=${keep.includes(k) ? encodeURIComponent(v) : MASK}`,
      )
      .join('&')
  return u.toString().replace(/%2A%2A%2A/g, MASK)
}

export function redactHeaders(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, isSensitiveHeader(k) ? MASK : v]))
}

/** The secret values in a URL and headers, for masking and for scrubbing free text. */
export function secretsIn(
  url: URL | string,
  headers: Record<string, string> = {},
  keep: readonly string[] = [],
): string[] {
  const out: string[] = []
  try {
    const u = new URL(String(url))
    for (const v of [u.username, u.password]) if (v) out.push(v, decodeURIComponent(v))
    // The probe sends userinfo as a Basic header, and a service may echo that back.
    if (u.username || u.password)
      out.push(
        Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString(
          'base64',
        ),
      )
    // Short query values ("page=1") are redacted in URLs but too common to scrub from text.
    for (const [k, v] of u.searchParams)
      if (v.length >= 8 && !keep.includes(k)) out.push(v, encodeURIComponent(v))
  } catch {
    // an invalid URL holds no secret we can name
  }
  for (const [k, v] of Object.entries(headers)) {
    if (!isSensitiveHeader(k) || !v) continue
    out.push(v)
    // "Bearer X", "sid=X; theme=Y": the parts may be echoed on their own.
    const last = v.split(/\s+/).pop()
    if (last && last !== v && last.length >= 4) out.push(last)
    for (const part of v.split(/[\s;,=]+/)) if (part.length >= 8) out.push(part)
  }
  return [...new Set(out.filter((s) => s.length >= 4))]
}

// Names that hold credentials by convention (DEPLOY_TOKEN, AWS_SECRET_ACCESS_KEY, DB_PASSWORD,
// INPUT_GITHUB-TOKEN...). The runner masks `secrets.*` in its log, but not in what deploy-guard
// writes to the summary, the report or an issue, and a deploy tool may print what it was given.
// Whole words only, split on "_", "-" and the like: GIT_AUTHOR_NAME is not an auth value (scrubbing
// it would blank commit authors out of the incident issue), and PWD is the shell's working
// directory, not a password (matched as one, the workspace path was masked in every verify log).
const SECRET_WORDS = new Set([
  'token', 'tokens', 'secret', 'secrets', 'password', 'passwords', 'passwd', 'pass', 'passphrase',
  'credential', 'credentials', 'creds', 'auth', 'session', 'cookie',
  'apikey', 'privatekey', 'accesskey', 'secretkey',
]) // prettier-ignore
// Run together with another word: GHTOKEN, DBPASSWORD, CLIENTSECRET.
const SECRET_SUFFIX = /(token|secret|password|passwd)$/
// KEY is a secret (SSH_KEY, SIGNING_KEY, AWS_SECRET_ACCESS_KEY) unless the word before it says it
// only names something: a cache key, a public key, a sort or primary key.
const NAMING_KEY = new Set(['cache', 'public', 'sort', 'primary', 'partition', 'idempotency'])

export function isSecretName(name: string): boolean {
  const words = name.toLowerCase().split(/[^a-z0-9]+/)
  return words.some(
    (w, i) =>
      SECRET_WORDS.has(w) ||
      SECRET_SUFFIX.test(w) ||
      ((w === 'key' || w === 'keys') && !NAMING_KEY.has(words[i - 1] ?? '')),
  )
}

/** Values of the environment variables whose names say they are secrets (8 characters or more). */
export function secretsInEnv(env: Record<string, string | undefined>): string[] {
  return Object.entries(env)
    .filter(([k, v]) => isSecretName(k) && v !== undefined && v.trim().length >= 8)
    .map(([, v]) => v!.trim())
}

export class Redactor {
  private readonly secrets: string[]

  constructor(secrets: Iterable<string>) {
    this.secrets = [...new Set(secrets)]
      .filter((s) => s.length >= 4)
      .sort((a, b) => b.length - a.length)
  }

  /** Scrubs every known secret from text. */
  text(s: string): string {
    let out = s
    for (const secret of this.secrets) if (out.includes(secret)) out = out.split(secret).join(MASK)
    return out
  }

  url(u: URL | string, keep: readonly string[] = []): string {
    return this.text(redactUrl(u, keep))
  }

  /** Deep-scrubs every string in a JSON-like value. */
  deep<T>(value: T): T {
    if (typeof value === 'string') return this.text(value) as T
    if (Array.isArray(value)) return value.map((v) => this.deep(v)) as T
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.deep(v)])) as T
    return value
  }
}
