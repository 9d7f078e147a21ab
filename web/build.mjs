#!/usr/bin/env node
// Builds the browser assets that the pairprog binary embeds (crates/server/src/routes/editor.rs and docs.rs),
// reproducibly: the same sources and package-lock.json give the same bytes, which `make web-check` verifies.
//
//   node web/build.mjs        (or `make web`, which runs `npm ci` first)
//
// Output, committed to the repository so that building the server needs only the Rust toolchain:
//   crates/server/assets/editor/  landing.js, room.js, style.css   (esbuild bundles of web/src)
//   crates/server/assets/docs/    Swagger UI and ReDoc as their npm packages ship them, plus swagger-init.js
//
// The build fails when the bundle holds more than one copy of yjs (two copies break Yjs's type checks:
// "Yjs was already imported"), or when the editor's assets exceed their size budget.

import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

import * as esbuild from 'esbuild'

const web = dirname(fileURLToPath(import.meta.url))
const assets = join(web, '..', 'crates', 'server', 'assets')
const editorOut = join(assets, 'editor')
const docsOut = join(assets, 'docs')
const modules = join(web, 'node_modules')

/** The editor's assets, gzipped, must stay under this (issue #15: small and fast). */
const GZIP_BUDGET_BYTES = 600 * 1024

rmSync(editorOut, { recursive: true, force: true })
rmSync(docsOut, { recursive: true, force: true })
mkdirSync(editorOut, { recursive: true })
mkdirSync(docsOut, { recursive: true })

const result = await esbuild.build({
  absWorkingDir: web,
  entryPoints: {
    landing: 'src/landing.js',
    room: 'src/room/room.js',
    style: 'src/style.css'
  },
  outdir: editorOut,
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  // Licence comments of the bundled packages go to the end of each file.
  legalComments: 'eof',
  charset: 'utf8',
  sourcemap: false,
  metafile: true,
  logLevel: 'warning'
})

// Exactly one copy of yjs: one package directory, one module file.
const yjsInputs = Object.keys(result.metafile.inputs).filter((path) => /(^|\/)node_modules\/yjs\//.test(path))
if (yjsInputs.length !== 1) {
  console.error(`expected exactly one yjs module in the bundle, found ${yjsInputs.length}:\n  ${yjsInputs.join('\n  ')}`)
  process.exit(1)
}

let gzipped = 0
for (const output of Object.keys(result.metafile.outputs)) {
  const bytes = readFileSync(join(web, output))
  const size = gzipSync(bytes, { level: 9 }).length
  gzipped += size
  console.log(`${output.replace(/^\.\.\//, '')}: ${bytes.length} bytes, ${size} gzipped`)
}
console.log(`editor assets: ${gzipped} bytes gzipped (budget ${GZIP_BUDGET_BYTES}); yjs from ${yjsInputs[0]}`)
if (gzipped > GZIP_BUDGET_BYTES) {
  console.error('the editor assets are over their size budget')
  process.exit(1)
}

// Swagger UI and ReDoc as shipped by their packages, without the source-map comment (the maps are not served).
const copyWithoutSourceMap = (from, to) => {
  const text = readFileSync(from, 'utf8').replace(/\n?\/[/*]# sourceMappingURL=[^\n]*\s*$/, '\n')
  writeFileSync(to, text)
}
copyWithoutSourceMap(join(modules, 'swagger-ui-dist', 'swagger-ui-bundle.js'), join(docsOut, 'swagger-ui-bundle.js'))
copyWithoutSourceMap(join(modules, 'swagger-ui-dist', 'swagger-ui.css'), join(docsOut, 'swagger-ui.css'))
copyFileSync(join(modules, 'swagger-ui-dist', 'LICENSE'), join(docsOut, 'swagger-ui.LICENSE.txt'))
copyFileSync(join(modules, 'swagger-ui-dist', 'NOTICE'), join(docsOut, 'swagger-ui.NOTICE.txt'))
copyWithoutSourceMap(join(modules, 'redoc', 'bundles', 'redoc.standalone.js'), join(docsOut, 'redoc.standalone.js'))
// ReDoc's menu shows the Redocly logo from cdn.redoc.ly, unconditionally: the one request the page would make
// to another host. It points at an empty image instead, which ReDoc's own onError handler hides.
const redocPath = join(docsOut, 'redoc.standalone.js')
const redoc = readFileSync(redocPath, 'utf8')
const REDOC_LOGO = 'src:"https://cdn.redoc.ly/redoc/logo-mini.svg"'
if (redoc.split(REDOC_LOGO).length !== 2) {
  console.error(`redoc.standalone.js no longer holds exactly one ${REDOC_LOGO}: check the patch in build.mjs`)
  process.exit(1)
}
writeFileSync(redocPath, redoc.replace(REDOC_LOGO, 'src:"data:,"'))
copyFileSync(join(modules, 'redoc', 'LICENSE'), join(docsOut, 'redoc.LICENSE.txt'))
copyFileSync(join(web, 'src', 'docs', 'swagger-init.js'), join(docsOut, 'swagger-init.js'))

const version = (name) => JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version
console.log(`docs assets: swagger-ui-dist ${version('swagger-ui-dist')}, redoc ${version('redoc')}`)
