// Prints the JavaScript a browser downloads for the thread page (gzip), from the build manifest.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

interface Chunk {
  file: string
  imports?: string[]
  isEntry?: boolean
}
const manifest = JSON.parse(readFileSync('build/client/.vite/manifest.json', 'utf8')) as Record<string, Chunk>
const seen = new Set<string>()
function collect(key: string) {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return
  seen.add(chunk.file)
  for (const dep of chunk.imports ?? []) collect(dep)
}
for (const key of Object.keys(manifest)) {
  if (key.endsWith('entry.client.tsx') || key.endsWith('root.tsx') || key.includes('t.$threadId.tsx')) collect(key)
}
let raw = 0
let gz = 0
for (const file of seen) {
  const bytes = readFileSync(`build/client/${file}`)
  raw += bytes.length
  gz += gzipSync(bytes).length
}
console.log(`thread page JavaScript: ${seen.size} files, ${Math.round(raw / 1024)} KiB raw, ${Math.round(gz / 1024)} KiB gzip`)
