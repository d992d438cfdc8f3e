// The hostile set of issue 11: text that GitHub's markdown, GitHub's reference and emoji
// filters, or the Actions runner's command parser would act on. The fuzz suites put it in every
// field of every output (test/commands/hostile-outputs.test.ts, test/incident/render-fuzz.test.ts).

/** An nginx error page, as a proxy in front of a broken release answers. */
export const NGINX_502 =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>'

/** One piece each, plain. */
export const HOSTILE = [
  '<img src=x> cc @someone fixes #4242',
  NGINX_502,
  'name\n```\n# injected heading\n~~~\n',
  '\n# injected heading',
  '\n~~~',
  'https://github.com/other/repo/issues/7',
  'https://github.com/other/repo/pull/7',
  ':rocket:',
  '$x^2$',
  '$$\nx\n$$',
  '\u202e',
  '\u0000\u0007\u001b[31m\u0008',
  '##[stop-commands]token',
  '::error::forged',
  '::add-mask::x',
  'first line\n::error::forged\n  ::warning::forged\n##[error]forged',
] as const

/** All of it in one string: what a field holds when every trick is tried at once. */
export const HOSTILE_ALL = HOSTILE.join(' ')

/** A multi-line override reason that tries to start workflow commands on its later lines. */
export const HOSTILE_REASON =
  'hotfix for INC-1 :rocket:\n::error::forged\n::add-mask::x\n  ::stop-commands::token\n##[group]forged\ncc @someone fixes #4242 https://github.com/other/repo/issues/7 $x^2$ \u202e'
