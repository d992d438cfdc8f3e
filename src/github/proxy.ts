// The runner's proxy for GitHub calls. Self-hosted runners behind a proxy set HTTPS_PROXY and
// NO_PROXY (https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/using-a-proxy-server-with-self-hosted-runners);
// Node's own fetch ignores them, so undici's EnvHttpProxyAgent (which reads both, upper and
// lower case) carries the requests when either is set. Without a proxy, the global fetch, and
// undici is not even loaded (a `window` step's lock lookup should not pay for it).

export function proxyFetch(env: Record<string, string | undefined>): typeof fetch {
  const pick = (name: string) => env[name] ?? env[name.toLowerCase()]
  const httpsProxy = pick('HTTPS_PROXY')
  const httpProxy = pick('HTTP_PROXY')
  if (!httpsProxy && !httpProxy) return (url, init) => fetch(url, init)
  const noProxy = pick('NO_PROXY')
  const client = import('undici').then(({ EnvHttpProxyAgent, fetch: undiciFetch }) => ({
    fetch: undiciFetch,
    dispatcher: new EnvHttpProxyAgent({
      ...(httpProxy ? { httpProxy } : {}),
      ...(httpsProxy ? { httpsProxy } : {}),
      ...(noProxy !== undefined ? { noProxy } : {}),
    }),
  }))
  return (async (url: string, init?: RequestInit) => {
    const { fetch: f, dispatcher } = await client
    return f(url, { ...(init as object), dispatcher })
  }) as unknown as typeof fetch
}
