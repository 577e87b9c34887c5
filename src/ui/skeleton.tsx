import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn.ts'

type SkeletonProps = ComponentProps<'div'> & {
  /** What it stands on: 'surface' for a placeholder inside a tinted area such as a column. */
  tone?: 'subtle' | 'surface'
}

export function Skeleton({ className, tone = 'subtle', ...props }: SkeletonProps) {
  return (
    <div
      aria-hidden
      className={cn(
        'animate-pulse rounded-md',
        tone === 'surface' ? 'bg-surface' : 'bg-subtle',
        className,
      )}
      {...props}
    />
  )
}
