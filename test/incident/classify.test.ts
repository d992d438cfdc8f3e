// Which changed files the incident issue lists first, and under which heading.
import {
  classifyFile,
  KIND_LABELS,
  KINDS,
  RISKY_KINDS,
  type Kind,
} from '../../src/incident/classify.js'

const CASES: Record<Kind, string[]> = {
  migration: [
    'db/migrate/20260303120000_add_orders_customer_index.rb',
    'migrations/0042_add_column.py',
    'app/orders/migrations/0003_auto.py',
    'alembic/versions/4f2e_add_users.py',
    'prisma/migrations/20260101_init/migration.sql',
    'prisma/schema.prisma',
    'src/main/resources/db/migration/V3__add_index.sql',
    'flyway/sql/V1__init.sql',
    'db/changelog/db.changelog-master.yaml',
    'db/schema.rb',
    'queries/report.sql',
    'DB/Migrate/001_Upper.rb',
  ],
  config: [
    'config/production.yml',
    'config/database.yml',
    'src/config/index.ts',
    '.env',
    '.env.production',
    'deploy.env',
    'setup.ini',
    'app.toml',
    'server.conf',
    'settings.py',
    'app/settings.json',
    'src/main/resources/application.yml',
    'src/main/resources/application-prod.properties',
    'appsettings.Production.json',
    'vite.config.ts',
    'tox.cfg',
  ],
  dependencies: [
    'package.json',
    'web/package.json',
    'package-lock.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'go.mod',
    'go.sum',
    'Cargo.toml',
    'crates/core/Cargo.lock',
    'requirements.txt',
    'requirements-dev.txt',
    'poetry.lock',
    'pyproject.toml',
    'Pipfile',
    'Pipfile.lock',
    'Gemfile',
    'Gemfile.lock',
    'pom.xml',
    'build.gradle',
    'build.gradle.kts',
    'composer.json',
    'composer.lock',
    'src/Api/Api.csproj',
    'mix.exs',
    'mix.lock',
  ],
  infrastructure: [
    'Dockerfile',
    'Dockerfile.prod',
    'docker/api.Dockerfile',
    'docker-compose.yml',
    'docker-compose.override.yaml',
    'compose.yaml',
    'main.tf',
    'envs/prod.tfvars',
    'helm/shop/values.yaml',
    'charts/shop/templates/deployment.yaml',
    'k8s/configmap.yaml',
    'kubernetes/ingress.yaml',
    'deploy/production.yaml',
    'terraform/modules/db/variables.tf',
    'Pulumi.prod.yaml',
    'infra/pulumi/index.ts',
    'cloudformation/stack.json',
    'ansible/playbook.yml',
    'Procfile',
    'nginx.conf',
    'nginx/sites/shop.conf',
    'fly.toml',
  ],
  workflow: [
    '.github/workflows/deploy.yml',
    '.github/workflows/ci.yaml',
    '.github/actions/setup/action.yml',
    '.gitlab-ci.yml',
    'Jenkinsfile',
    '.circleci/config.yml',
    'azure-pipelines.yml',
    '.buildkite/pipeline.yml',
  ],
  code: [
    'src/checkout/cart.ts',
    'README.md',
    'docs/deploy-guide.md',
    'test/migrations.test.ts',
    'src/envelope.ts',
    'lib/packages.rb',
    '.github/CODEOWNERS',
    'action.yml',
    '',
  ],
}

describe.each(Object.entries(CASES))('%s', (kind, paths) => {
  test.each(paths)('%s', (path) => {
    expect(classifyFile(path)).toBe(kind)
  })
})

test('precedence: workflows over config, manifests and lockfiles wherever they live, k8s ConfigMaps are infrastructure', () => {
  expect(classifyFile('.github/workflows/config.yml')).toBe('workflow')
  expect(classifyFile('deploy/package.json')).toBe('dependencies')
  expect(classifyFile('config/Cargo.toml')).toBe('dependencies')
  expect(classifyFile('k8s/base/app-config.yaml')).toBe('infrastructure')
  expect(classifyFile('config/nginx.conf')).toBe('infrastructure')
  expect(classifyFile('db/migrate/config.rb')).toBe('migration')
})

test('every kind has a label, and the risky kinds are listed in the issue order', () => {
  expect(RISKY_KINDS).toEqual(['migration', 'config', 'dependencies', 'infrastructure', 'workflow'])
  for (const k of KINDS) expect(KIND_LABELS[k]).toMatch(/\S/)
  expect(KIND_LABELS.dependencies).toBe('Dependency manifests and lockfiles')
})
