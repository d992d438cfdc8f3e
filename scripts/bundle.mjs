// The one esbuild configuration, shared by the build of dist/ (scripts/build.mjs) and the
// benchmark's baseline action (bench/window.bench.ts), so both are bundled the same way.
//
// Why esbuild and not ncc: ncc builds one entry per run and duplicates modules across its lazy
// chunks; esbuild splits several ESM entries into chunks where each module lives in exactly one.
import { build } from 'esbuild'

/**
 * Bundles `entryPoints` (name -> source file) into `outdir` as ESM for Node, one file per entry
 * plus shared chunks under `chunks/`. Returns esbuild's metafile.
 */
export async function bundle({ root, entryPoints, outdir, minify = MINIFY }) {
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    // The action runs on Node 24 (action.yml); the CLI supports Node 20 (package.json engines).
    target: 'node20',
    // CommonJS dependencies (undici, date-holidays, bottleneck) call require() for Node's
    // built-ins; an ESM bundle has no require of its own, so each file gets one.
    banner: {
      js: "import { createRequire as __deployGuardRequire } from 'node:module';\nconst require = __deployGuardRequire(import.meta.url);",
    },
    minifyWhitespace: minify,
    minifySyntax: minify,
    legalComments: 'none',
    plugins: [sideEffectFree(['@actions/http-client', 'tunnel'])],
    metafile: true,
    logLevel: 'warning',
  })
  return result.metafile
}

// Whitespace and syntax, never identifiers: names stay, so stack traces from a runner still name
// our functions, and the start-up files compile faster (the default window step measured 1.53x
// its baseline unminified, about 1.45x minified; same machine, same run).
const MINIFY = true

/**
 * @actions/core imports @actions/http-client (and with it undici 6 and tunnel, 570 kB) for
 * getIDToken alone, which deploy-guard never calls. Those packages only define classes and
 * functions when loaded, but do not say so in their package.json ("sideEffects"), so esbuild
 * must keep them. Saying it for them lets tree shaking drop them from the start-up file.
 */
function sideEffectFree(packages) {
  const filter = new RegExp(`^(${packages.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})(/|$)`)
  return {
    name: 'side-effect-free',
    setup(b) {
      b.onResolve({ filter }, async (args) => {
        if (args.pluginData?.sideEffectFree) return undefined
        const r = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { sideEffectFree: true },
        })
        return r.errors.length ? { errors: r.errors } : { path: r.path, sideEffects: false }
      })
    },
  }
}
