// Which changed files a responder should look at first. A bad deploy is far more often a
// migration, a config value, a bumped dependency or an infrastructure change than ordinary code,
// and those are the changes a code rollback may not undo, so the incident issue lists them first.
//
// Precedence matters: `.github/workflows/deploy.yml` is a workflow, not config; `k8s/configmap.yaml`
// is infrastructure (it ships with the manifests); `nginx.conf` is infrastructure though `*.conf`
// is config; `package.json` is a dependency manifest wherever it lives.

export const KINDS = [
  'migration',
  'config',
  'dependencies',
  'infrastructure',
  'workflow',
  'code',
] as const
export type Kind = (typeof KINDS)[number]

/** The kinds listed before everything else, in the order the issue lists them. */
export const RISKY_KINDS: readonly Exclude<Kind, 'code'>[] = [
  'migration',
  'config',
  'dependencies',
  'infrastructure',
  'workflow',
]

/** Headings, as the issue prints them. */
export const KIND_LABELS: Record<Kind, string> = {
  migration: 'Migrations',
  config: 'Configuration',
  dependencies: 'Dependency manifests and lockfiles',
  infrastructure: 'Infrastructure',
  workflow: 'Workflows',
  code: 'Code',
}

/** Short names for table cells. */
export const KIND_SHORT: Record<Kind, string> = {
  migration: 'migration',
  config: 'config',
  dependencies: 'dependencies',
  infrastructure: 'infra',
  workflow: 'workflow',
  code: 'code',
}

interface Rules {
  /** Any directory segment of the path equals one of these. */
  dirs?: readonly string[]
  /** Consecutive directory segments, e.g. `db/migrate`. */
  paths?: readonly string[]
  /** The file name matches. */
  names?: RegExp
}

const WORKFLOW: Rules = {
  dirs: ['.circleci', '.buildkite', '.woodpecker'],
  paths: ['.github/workflows', '.github/actions', '.gitlab/ci', '.azure-pipelines'],
  names:
    /^(\.gitlab-ci\.ya?ml|jenkinsfile(\..*)?|.*\.jenkinsfile|azure-pipelines.*\.ya?ml|\.travis\.ya?ml|bitbucket-pipelines\.ya?ml|\.drone\.ya?ml|cloudbuild\.ya?ml|buildspec\.ya?ml|appveyor\.ya?ml)$/,
}

const MIGRATION: Rules = {
  dirs: ['migrations', 'migration', 'migrate', 'alembic', 'flyway', 'liquibase'],
  paths: ['db/changelog', 'prisma/migrations'],
  names: /(\.sql|^schema\.rb|^structure\.sql|^schema\.prisma|^alembic\.ini|^flyway\.conf)$/,
}

const DEPENDENCIES: Rules = {
  names: new RegExp(
    '^(' +
      [
        'package\\.json',
        'package-lock\\.json',
        'npm-shrinkwrap\\.json',
        'yarn\\.lock',
        'pnpm-lock\\.yaml',
        'pnpm-workspace\\.yaml',
        'bun\\.lockb?',
        'deno\\.(json|jsonc|lock)',
        'go\\.(mod|sum|work|work\\.sum)',
        'cargo\\.(toml|lock)',
        'requirements.*\\.(txt|in)',
        'constraints.*\\.txt',
        'pyproject\\.toml',
        'poetry\\.lock',
        'uv\\.lock',
        'pdm\\.lock',
        'setup\\.py',
        'pipfile(\\.lock)?',
        'gemfile(\\.lock)?',
        '.*\\.gemspec',
        'pom\\.xml',
        'build\\.gradle(\\.kts)?',
        'settings\\.gradle(\\.kts)?',
        'gradle\\.lockfile',
        'libs\\.versions\\.toml',
        'build\\.sbt',
        'composer\\.(json|lock)',
        '.*\\.(csproj|fsproj|vbproj)',
        'packages\\.config',
        'packages\\.lock\\.json',
        'directory\\.packages\\.props',
        'mix\\.(exs|lock)',
        'rebar\\.(config|lock)',
        'package\\.swift',
        'package\\.resolved',
        'podfile(\\.lock)?',
        'cartfile(\\.resolved)?',
        'pubspec\\.(yaml|lock)',
        'vcpkg\\.json',
        'conanfile\\.(txt|py)',
        '\\.terraform\\.lock\\.hcl',
      ].join('|') +
      ')$',
  ),
}

const INFRASTRUCTURE: Rules = {
  dirs: [
    'helm',
    'charts',
    'k8s',
    'kubernetes',
    'kube',
    'kustomize',
    'deploy',
    'deployment',
    'deployments',
    'terraform',
    'pulumi',
    'cloudformation',
    'cdk',
    'ansible',
    'infra',
    'infrastructure',
    'nginx',
  ],
  names:
    /^(.*dockerfile.*|\.dockerignore|(docker-)?compose.*\.ya?ml|docker-compose.*|.*\.(tf|tfvars|hcl)|pulumi(\..*)?\.ya?ml|procfile|chart\.ya?ml|kustomization\.ya?ml|skaffold\.ya?ml|serverless\.ya?ml|fly\.toml|render\.ya?ml|app\.ya?ml|vercel\.json|netlify\.toml|nginx.*\.conf|.*\.nginx|caddyfile|haproxy\.cfg|vagrantfile|.*\.cfn\.(ya?ml|json))$/,
}

const CONFIG: Rules = {
  dirs: ['config', 'configs', 'conf', 'configuration', 'settings', '.config'],
  names:
    /^(\.env(\..*)?|.*\.env|.*\.ini|.*\.toml|.*\.conf|.*\.cfg|.*\.properties|settings\..*|application.*\.(ya?ml|properties|json)|appsettings.*\.json|config\..*|.*\.config\.[cm]?[jt]s|.*\.config\.json|web\.config|\.npmrc|\.yarnrc(\.yml)?)$/,
}

function matches(rules: Rules, dirs: string[], dirPath: string, name: string): boolean {
  if (rules.dirs?.some((d) => dirs.includes(d))) return true
  if (rules.paths?.some((p) => `/${dirPath}/`.includes(`/${p}/`))) return true
  return rules.names?.test(name) ?? false
}

const ORDER: [Kind, Rules][] = [
  ['workflow', WORKFLOW],
  ['migration', MIGRATION],
  ['dependencies', DEPENDENCIES],
  ['infrastructure', INFRASTRUCTURE],
  ['config', CONFIG],
]

/** The kind of a changed file, from its repository path (case-insensitive, `/`-separated). */
export function classifyFile(path: string): Kind {
  const parts = path.toLowerCase().split('/').filter(Boolean)
  const name = parts.pop() ?? ''
  const dirPath = parts.join('/')
  for (const [kind, rules] of ORDER) if (matches(rules, parts, dirPath, name)) return kind
  return 'code'
}
