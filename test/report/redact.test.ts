import {
  Redactor,
  isSensitiveHeader,
  redactHeaders,
  redactUrl,
  isSecretName,
  secretsInEnv,
  secretsIn,
} from '../../src/report/redact.js'

test('URLs lose userinfo and every query value, keep the rest', () => {
  expect(redactUrl('https://user:pw@api.test:8443/v1/health?token=abc&page=2#x')).toBe(
    'https://***:***@api.test:8443/v1/health?token=***&page=***#x',
  )
  expect(redactUrl('http://api.test/plain')).toBe('http://api.test/plain')
  expect(redactUrl('not a url')).toBe('***')
})

test.each([
  ['Authorization', true],
  ['Proxy-Authorization', true],
  ['cookie', true],
  ['Set-Cookie', true],
  ['X-Api-Key', true],
  ['X-Auth-Token', true],
  ['client-secret', true],
  ['X-Session-Id', true],
  // by name pattern (issue 13): auth, token, key, secret, session, cookie, password anywhere
  ['X-Auth', true],
  ['X-Authorization', true],
  ['Authentication', true],
  ['X-Password', true],
  ['X-DB-Passwd', true],
  ['X-Client-Credential', true],
  ['X-Refresh-Cookie', true],
  ['X-Monkey-Id', true], // over-redacted: a name that merely contains "key"
  ['Content-Type', false],
  ['X-Trace', false],
  ['Accept-Encoding', false],
  ['Keep-Alive', false],
  ['X-Request-Id', false],
  ['User-Agent', false],
])('%s sensitive: %s', (name, sensitive) => {
  expect(isSensitiveHeader(name)).toBe(sensitive)
})

test('headers keep their names, lose sensitive values', () => {
  expect(redactHeaders({ Authorization: 'Bearer x', Accept: 'text/html' })).toEqual({
    Authorization: '***',
    Accept: 'text/html',
  })
})

test('secrets found in URLs and headers, including the parts services echo', () => {
  const s = secretsIn('http://bobby:hunter22@x.test/?key=0123456789&n=1', {
    Authorization: 'Bearer tok-abcdef',
    Cookie: 'sid=session-value-1; theme=dark',
    Accept: 'application/json',
  })
  expect(s).toEqual(
    expect.arrayContaining([
      'bobby',
      'hunter22',
      Buffer.from('bobby:hunter22').toString('base64'),
      '0123456789',
      'Bearer tok-abcdef',
      'tok-abcdef',
      'session-value-1',
    ]),
  )
  expect(s).not.toContain('1')
  expect(s).not.toContain('application/json')
})

test('the redactor scrubs text and deep values, longest secret first', () => {
  const r = new Redactor(['tok-abcdef', 'Bearer tok-abcdef', 'x'])
  expect(r.text('Authorization: Bearer tok-abcdef; again tok-abcdef')).toBe(
    'Authorization: ***; again ***',
  )
  expect(r.deep({ a: ['tok-abcdef'], b: { c: 'ok x' }, n: 1 })).toEqual({
    a: ['***'],
    b: { c: 'ok x' },
    n: 1,
  })
})

test('secret-named environment variables are secrets; others and short values are not', () => {
  expect(
    secretsInEnv({
      DEPLOY_TOKEN: 'tok-0123456789',
      'INPUT_GITHUB-TOKEN': 'ghs_abcdefgh',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI',
      DB_PASSWORD: 'hunter2hunter2',
      HOME: '/home/runner',
      GITHUB_SHA: '0123456789abcdef',
      GIT_AUTHOR_NAME: 'Dana Demo Person',
      CACHE_KEY: 'linux-node-24-abcdef',
      SSH_PRIVATE_KEY: 'BEGIN-OPENSSH-xyz',
      NPM_AUTH_TOKEN: 'npm_abcdefghijk',
      SHORT_TOKEN: 'abc',
    }).sort(),
  ).toEqual([
    'BEGIN-OPENSSH-xyz',
    'ghs_abcdefgh',
    'hunter2hunter2',
    'npm_abcdefghijk',
    'tok-0123456789',
    'wJalrXUtnFEMI',
  ])
})

test('secret names are matched on whole words: PWD is the working directory, not a password', () => {
  for (const name of [
    'PWD',
    'OLDPWD',
    'GIT_AUTHOR_NAME',
    'CACHE_KEY',
    'PUBLIC_KEY',
    'KEYBOARD',
    'PASSENGER_HOME',
    'BYPASS_CACHE',
    'COMPASS',
    'AUTHOR',
    'SESSIONS_DIR',
    'TOKENIZER',
    'HOME',
    'RUNNER_WORKSPACE',
  ])
    // prettier-ignore
    expect([name, isSecretName(name)]).toEqual([name, false])
  for (const name of [
    'DB_PASSWORD',
    'DB_PASSWD',
    'DB_PASS',
    'SMTP_PASSPHRASE',
    'CLIENT_SECRET',
    'GHTOKEN',
    'INPUT_GITHUB-TOKEN',
    'SSH_KEY',
    'SIGNING_KEY',
    'AWS_SECRET_ACCESS_KEY',
    'API_KEY',
    'APIKEY',
    'NPM_AUTH',
    'GCP_CREDENTIALS',
    'DOCKER_CREDENTIAL',
    'SSH_PRIVATE_KEY',
    'KEY',
    'dbPassword',
  ])
    // prettier-ignore
    expect([name, isSecretName(name)]).toEqual([name, true])
  // the workspace path stays readable in the log and the report
  expect(secretsInEnv({ PWD: '/home/runner/work/shop/shop', OLDPWD: '/home/runner/work' })).toEqual(
    [],
  )
})

test('query parameters named as kept are neither masked in a URL nor taken for secrets', () => {
  const url = 'http://p:9090/api/v1/query?query=sum(rate(x[1m]))&token=abcdefgh12'
  expect(redactUrl(url, ['query'])).toBe(
    'http://p:9090/api/v1/query?query=sum(rate(x%5B1m%5D))&token=***',
  )
  expect(secretsIn(url, {}, ['query'])).toEqual(['abcdefgh12'])
  expect(secretsIn(url)).toContain('sum(rate(x[1m]))')
})
