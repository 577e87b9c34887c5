import { findMentions } from '@contract/rules/mentions.ts'

/**
 * A small, safe subset of Markdown for notes, parsed into plain data that the renderer turns
 * into React elements. Nothing here ever produces HTML: text stays text, and a link exists
 * only when its address passes `safeHref`. Deliberately not CommonMark: no HTML blocks, no
 * images, no headings, no reference links, no nesting of lists; what is not understood is
 * shown as typed.
 */

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'mention'; handle: string; value: string }
  | { type: 'code'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' }

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'code'; value: string }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * The address to link to, or null when `raw` is anything but a plain absolute http(s) or
 * mailto URL. Checked on the text as typed (no entity decoding, no whitespace or control
 * characters, an explicit scheme), then parsed, so `javascript:`, `data:`, `//host`,
 * `java&#115;cript:`, `JaVaScRiPt:` or `java\tscript:` never become links.
 */
export function safeHref(raw: string): string | null {
  if (!/^(?:https?:\/\/|mailto:)[^\s<>"'`\\\p{Cc}]+$/iu.test(raw)) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null
  if (url.protocol !== 'mailto:' && !url.hostname) return null
  return url.href
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/

type ListLine = { ordered: boolean; number: number; text: string }

function listLine(line: string): ListLine | null {
  const bullet = BULLET.exec(line)
  if (bullet) return { ordered: false, number: 1, text: bullet[1]! }
  const ordered = ORDERED.exec(line)
  if (ordered) return { ordered: true, number: Number(ordered[1]), text: ordered[2]! }
  return null
}

const isBlank = (line: string) => line.trim() === ''

/** Lines joined by a visible line break, as people expect from a comment box. */
function inlineLines(lines: string[]): Inline[] {
  const children: Inline[] = []
  lines.forEach((line, index) => {
    if (index > 0) children.push({ type: 'break' })
    children.push(...parseInline(line.trim()))
  })
  return children
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const blocks: Block[] = []
  let index = 0
  while (index < lines.length) {
    const line = lines[index]!
    if (isBlank(line)) {
      index++
      continue
    }

    const fence = FENCE.exec(line)
    if (fence) {
      // Everything up to a closing fence of the same kind (or the end) is code, verbatim.
      const marker = fence[1]!
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`)
      const code: string[] = []
      index++
      while (index < lines.length && !closing.test(lines[index]!)) code.push(lines[index++]!)
      index++
      blocks.push({ type: 'code', value: code.join('\n') })
      continue
    }

    const first = listLine(line)
    if (first) {
      const items: string[][] = []
      while (index < lines.length) {
        const current = lines[index]!
        const item = listLine(current)
        if (item && item.ordered === first.ordered) {
          items.push([item.text])
        } else if (!item && /^\s{2,}\S/.test(current) && items.length) {
          // An indented line continues the item above it.
          items[items.length - 1]!.push(current)
        } else {
          break
        }
        index++
      }
      blocks.push({
        type: 'list',
        ordered: first.ordered,
        start: first.number,
        items: items.map(inlineLines),
      })
      continue
    }

    const paragraph: string[] = []
    while (
      index < lines.length &&
      !isBlank(lines[index]!) &&
      !FENCE.test(lines[index]!) &&
      !listLine(lines[index]!)
    ) {
      paragraph.push(lines[index++]!)
    }
    blocks.push({ type: 'paragraph', children: inlineLines(paragraph) })
  }
  return blocks
}

const ESCAPABLE = /[!-/:-@[-`{-~]/
const BARE_URL = /^(?:https?:\/\/|mailto:)[^\s<>]+/i
// Punctuation that ends a sentence rather than the address: "see https://go.dev."
const TRAILING = /[.,:;!?'"*_]+$/

/** Where the code span opening at `from` (a run of backticks) closes, or -1. */
function codeSpanEnd(text: string, from: number, ticks: number) {
  let at = from + ticks
  while ((at = text.indexOf('`', at)) !== -1) {
    let run = 0
    while (text[at + run] === '`') run++
    if (run === ticks) return at
    at += run
  }
  return -1
}

function backtickRun(text: string, at: number) {
  let run = 0
  while (text[at + run] === '`') run++
  return run
}

/**
 * Where the emphasis opened by `delimiter` at `from` closes: the next such delimiter that
 * follows a non-space, outside code spans and escapes. -1 when there is none.
 */
function emphasisEnd(text: string, from: number, delimiter: string) {
  for (let at = from + delimiter.length; at < text.length; at++) {
    const char = text[at]
    if (char === '\\') {
      at++
    } else if (char === '`') {
      const ticks = backtickRun(text, at)
      const end = codeSpanEnd(text, at, ticks)
      at = end === -1 ? at + ticks - 1 : end + ticks - 1
    } else if (
      text.startsWith(delimiter, at) &&
      at > from + delimiter.length &&
      !/\s/.test(text[at - 1]!) &&
      // A single * must not be half of a **.
      (delimiter.length === 2 || (text[at + 1] !== '*' && text[at - 1] !== '*'))
    ) {
      return at
    }
  }
  return -1
}

/** The index just past the bracket or parenthesis that balances the one at `from`, or -1. */
function balancedEnd(text: string, from: number, open: string, close: string) {
  let depth = 0
  for (let at = from; at < text.length; at++) {
    const char = text[at]
    if (char === '\\') at++
    else if (char === open) depth++
    else if (char === close && --depth === 0) return at + 1
  }
  return -1
}

/** A bare address at `at`, without the punctuation or unbalanced ")" that follows it. */
function bareUrl(text: string, at: number) {
  const match = BARE_URL.exec(text.slice(at))
  if (!match) return null
  let url = match[0].replace(TRAILING, '')
  while (url.endsWith(')') && url.split('(').length < url.split(')').length) {
    url = url.slice(0, -1).replace(TRAILING, '')
  }
  return url
}

/** Turns runs of text into text and mention nodes. */
function withMentions(value: string): Inline[] {
  const nodes: Inline[] = []
  let last = 0
  for (const mention of findMentions(value)) {
    if (mention.start > last) nodes.push({ type: 'text', value: value.slice(last, mention.start) })
    nodes.push({
      type: 'mention',
      handle: mention.handle,
      value: value.slice(mention.start, mention.end),
    })
    last = mention.end
  }
  if (last < value.length) nodes.push({ type: 'text', value: value.slice(last) })
  return nodes
}

/** Parses one line of text; inside a link's label, links are not parsed again. */
export function parseInline(text: string, { links = true } = {}): Inline[] {
  const nodes: Inline[] = []
  let buffer = ''
  const flush = () => {
    if (buffer) nodes.push(...withMentions(buffer))
    buffer = ''
  }
  const push = (node: Inline) => {
    flush()
    nodes.push(node)
  }

  let at = 0
  while (at < text.length) {
    const char = text[at]!

    if (char === '\\' && ESCAPABLE.test(text[at + 1] ?? '')) {
      buffer += text[at + 1]
      at += 2
      continue
    }

    if (char === '`') {
      const ticks = backtickRun(text, at)
      const end = codeSpanEnd(text, at, ticks)
      if (end === -1) {
        buffer += text.slice(at, at + ticks)
        at += ticks
        continue
      }
      const value = text.slice(at + ticks, end)
      // "`` `x` ``": one space each side lets a code span start or end with a backtick.
      const trimmed = /^ .*[^ ].* $/.test(value) ? value.slice(1, -1) : value
      push({ type: 'code', value: trimmed })
      at = end + ticks
      continue
    }

    if (char === '*') {
      const delimiter = text[at + 1] === '*' ? '**' : '*'
      const opensBeforeText = /\S/.test(text[at + delimiter.length] ?? '')
      const end = opensBeforeText ? emphasisEnd(text, at, delimiter) : -1
      if (end !== -1) {
        const children = parseInline(text.slice(at + delimiter.length, end), { links })
        push({ type: delimiter === '**' ? 'strong' : 'em', children })
        at = end + delimiter.length
        continue
      }
      buffer += delimiter
      at += delimiter.length
      continue
    }

    if (char === '[' && links) {
      const labelEnd = balancedEnd(text, at, '[', ']')
      if (labelEnd !== -1 && text[labelEnd] === '(') {
        const targetEnd = balancedEnd(text, labelEnd, '(', ')')
        if (targetEnd !== -1) {
          const label = text.slice(at + 1, labelEnd - 1)
          const href = safeHref(text.slice(labelEnd + 1, targetEnd - 1).trim())
          if (href) {
            push({ type: 'link', href, children: parseInline(label, { links: false }) })
          } else {
            // Not a safe address: the whole thing shows as typed.
            buffer += text.slice(at, targetEnd)
          }
          at = targetEnd
          continue
        }
      }
    }

    if (links && /[hm]/i.test(char) && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) {
      const url = bareUrl(text, at)
      if (url) {
        const href = safeHref(url)
        if (href) push({ type: 'link', href, children: [{ type: 'text', value: url }] })
        else buffer += url
        at += url.length
        continue
      }
    }

    buffer += char
    at++
  }
  flush()
  return nodes
}
