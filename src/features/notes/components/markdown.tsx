import { useMemo, type ReactNode } from 'react'
import { cn } from '@/lib/cn.ts'
import { parseMarkdown, type Block, type Inline } from '../lib/markdown.ts'

/**
 * A note's body as React elements. Every string goes through React as a text child, never as
 * markup (no dangerouslySetInnerHTML anywhere), so HTML in a note shows as typed.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const blocks = useMemo(() => parseMarkdown(source), [source])
  return <div className={cn('space-y-2 break-words', className)}>{blocks.map(renderBlock)}</div>
}

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{renderInlines(block.children)}</p>
    case 'code':
      return (
        <pre key={key} className="bg-subtle overflow-x-auto rounded-md p-2 font-mono text-xs">
          <code>{block.value}</code>
        </pre>
      )
    case 'list': {
      const items = block.items.map((item, index) => <li key={index}>{renderInlines(item)}</li>)
      return block.ordered ? (
        <ol
          key={key}
          start={block.start === 1 ? undefined : block.start}
          className="list-decimal space-y-0.5 pl-5"
        >
          {items}
        </ol>
      ) : (
        <ul key={key} className="list-disc space-y-0.5 pl-5">
          {items}
        </ul>
      )
    }
  }
}

const renderInlines = (nodes: Inline[]) => nodes.map(renderInline)

function renderInline(node: Inline, key: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value
    case 'break':
      return <br key={key} />
    case 'mention':
      return (
        <span key={key} className="bg-brand-soft text-brand-strong rounded px-0.5 font-medium">
          {node.value}
        </span>
      )
    case 'code':
      return (
        <code key={key} className="bg-subtle rounded px-1 font-mono text-[0.85em]">
          {node.value}
        </code>
      )
    case 'strong':
      return <strong key={key}>{renderInlines(node.children)}</strong>
    case 'em':
      return <em key={key}>{renderInlines(node.children)}</em>
    case 'link':
      return (
        <a
          key={key}
          href={node.href}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="text-brand-strong underline underline-offset-2"
        >
          {renderInlines(node.children)}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      )
  }
}
