// Prints the JavaScript a browser downloads for the thread page (gzip), from the server build's
// browser manifest (entry, root and the thread route with their imports).
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { ServerBuild } from '@remix-run/node'

const build = (await import(new URL('../../build/server/index.js', import.meta.url).href)) as ServerBuild
const { assets } = build
const files = new Set<string>([assets.entry.module, ...assets.entry.imports])
for (const [id, route] of Object.entries(assets.routes)) {
  if (id === 'root' || id.endsWith('t.$threadId')) {
    files.add(route.module)
    for (const file of route.imports ?? []) files.add(file)
  }
}
let raw = 0
let gz = 0
for (const file of files) {
  const bytes = readFileSync(`build/client${file}`)
  raw += bytes.length
  gz += gzipSync(bytes).length
}
console.log(`thread page JavaScript: ${files.size} files, ${Math.round(raw / 1024)} KiB raw, ${Math.round(gz / 1024)} KiB gzip`)
