import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dismissAllToasts, toast, Toaster } from './toast.tsx'

describe('toasts', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    render(<Toaster />)
    act(() => void toast({ title: 'Moved Ada', action: { label: 'Undo', onClick: () => {} } }))
  })
  afterEach(() => {
    act(() => dismissAllToasts())
    vi.useRealTimers()
  })

  const shown = () => screen.queryByRole('status')
  const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms))

  it('go away by themselves after a while', () => {
    wait(7_000)
    expect(shown()).toBeInTheDocument()
    wait(2_000)
    expect(shown()).not.toBeInTheDocument()
  })

  it('stay while the pointer is on one, and get their full time once it leaves', () => {
    fireEvent.pointerEnter(screen.getByRole('status'))
    wait(20_000)
    expect(shown()).toBeInTheDocument()
    fireEvent.pointerLeave(screen.getByRole('status'))
    wait(7_000)
    expect(shown()).toBeInTheDocument()
    wait(2_000)
    expect(shown()).not.toBeInTheDocument()
  })

  it('leave the one the pointer is on when a fourth comes, and let the oldest other go', () => {
    act(() => void toast({ title: 'Second' }))
    act(() => void toast({ title: 'Third' }))
    fireEvent.pointerEnter(screen.getByText('Moved Ada').closest('[role="status"]')!)
    act(() => void toast({ title: 'Fourth' }))
    expect(
      screen.getAllByRole('status').map((item) => item.querySelector('p')?.textContent),
    ).toEqual(['Moved Ada', 'Third', 'Fourth'])
  })

  it('stay while focus is in one (its Undo needs the time)', () => {
    act(() => screen.getByRole('button', { name: 'Undo' }).focus())
    wait(20_000)
    expect(shown()).toBeInTheDocument()
    // From Undo to the dismiss button: still inside.
    act(() => screen.getByRole('button', { name: 'Dismiss notification' }).focus())
    wait(20_000)
    expect(shown()).toBeInTheDocument()
    act(() => screen.getByRole('button', { name: 'Dismiss notification' }).blur())
    wait(9_000)
    expect(shown()).not.toBeInTheDocument()
  })
})
