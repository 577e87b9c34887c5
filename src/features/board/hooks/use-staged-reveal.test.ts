import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useStagedReveal } from './use-staged-reveal.ts'

beforeEach(() => void vi.useFakeTimers())
afterEach(() => void vi.useRealTimers())

const nextTask = () => act(() => vi.advanceTimersToNextTimer())

describe('useStagedReveal', () => {
  it('shows no column on the first render, then one more per task until all show', async () => {
    const { result } = renderHook(() => useStagedReveal(3))
    expect(result.current).toBe(0)
    for (const shown of [1, 2, 3]) {
      await nextTask()
      expect(result.current).toBe(shown)
    }
    await nextTask()
    expect(result.current).toBe(3)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('goes on to columns added later', async () => {
    const { result, rerender } = renderHook(({ count }) => useStagedReveal(count), {
      initialProps: { count: 1 },
    })
    await nextTask()
    expect(result.current).toBe(1)
    rerender({ count: 2 })
    await nextTask()
    expect(result.current).toBe(2)
  })
})
