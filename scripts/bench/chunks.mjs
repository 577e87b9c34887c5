// What a built chunk is made of: its minified bytes attributed to source packages and folders
// through the chunk's source map (each mapping segment owns the generated columns up to the
// next segment). Answers "why is the board route this big" without a bundle analyzer.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const DIGIT = Object.fromEntries([...BASE64].map((char, index) => [char, index]))

/** Decodes one segment's Base64 VLQ fields. */
function decodeSegment(text) {
  const fields = []
  let value = 0
  let shift = 0
  for (const char of text) {
    const digit = DIGIT[char]
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
    } else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return fields
}

/** node_modules/<package> (scoped too), else our folder: src/ui, src/features/board, contract… */
function owner(path) {
  const modules = path.lastIndexOf('/node_modules/')
  if (modules >= 0) {
    const parts = path.slice(modules + '/node_modules/'.length).split('/')
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
  }
  const top = ['src', 'contract', 'server']
    .map((name) => ({ name, at: path.lastIndexOf(`/${name}/`) }))
    .sort((a, b) => b.at - a.at)[0]
  if (top.at < 0) return path
  const folders = path
    .slice(top.at + top.name.length + 2)
    .split('/')
    .slice(0, -1)
  return [top.name, ...folders.slice(0, folders[0] === 'features' ? 2 : 1)].join('/')
}

/** Minified bytes per owner for the chunk at `file` (which has `file.map` next to it). */
export function chunkComposition(file) {
  if (!existsSync(`${file}.map`)) return null
  const code = readFileSync(file, 'utf8').split('\n')
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'))
  // Sources are relative to the map; node_modules may be reached through a symlink name.
  const sources = map.sources.map((source) => resolve(dirname(file), map.sourceRoot ?? '', source))
  const bytes = new Map()
  let sourceIndex = 0
  map.mappings.split(';').forEach((line, lineIndex) => {
    const length = code[lineIndex]?.length ?? 0
    let column = 0
    const segments = line ? line.split(',').map(decodeSegment) : []
    segments.forEach((fields, index) => {
      column += fields[0]
      if (fields.length > 1) sourceIndex += fields[1]
      const next = segments[index + 1]
      const end = next ? column + next[0] : length
      if (fields.length > 1) {
        const name = owner(sources[sourceIndex] ?? '?')
        bytes.set(name, (bytes.get(name) ?? 0) + (end - column))
      }
    })
  })
  return [...bytes].sort((a, b) => b[1] - a[1])
}
