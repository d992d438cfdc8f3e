// The runner's proxy for GitHub calls. Self-hosted runners behind a proxy set HTTPS_PROXY and
// NO_PROXY (https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/using-a-proxy-server-with-self-hosted-runners);
// Node's own fetch ignores them, so undici's EnvHttpProxyAgent (which reads both, upper and
// lower case) carries the requests when either is set. Without a proxy, the global fetch.

import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici'

export function proxyFetch(env: Record<string, string | undefined>): typeof fetch {
  const pick = (name: string) => env[name] ?? env[name.toLowerCase()]
  const httpsProxy = pick('HTTPS_PROXY')
  const httpProxy = pick('HTTP_PROXY')
  if (!httpsProxy && !httpProxy) return (url, init) => fetch(url, init)
  const dispatcher = new EnvHttpProxyAgent({
    ...(httpProxy ? { httpProxy } : {}),
    ...(httpsProxy ? { httpsProxy } : {}),
    ...(pick('NO_PROXY') !== undefined ? { noProxy: pick('NO_PROXY') } : {}),
  })
  return ((url: string, init?: RequestInit) =>
    undiciFetch(url, { ...(init as object), dispatcher })) as unknown as typeof fetch
}
