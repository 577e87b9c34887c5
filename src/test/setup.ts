import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest'
import { mockServer, resetMockData } from '@/mocks/node.ts'
import { dismissAllToasts } from '@/ui/toast.tsx'

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }))

// jsdom has <dialog> but not its modal methods: enough of them for open and close to show.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true
}
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false
  this.dispatchEvent(new Event('close'))
}

// jsdom lays nothing out, so there is nothing to scroll into view.
Element.prototype.scrollIntoView ??= () => undefined

// jsdom lays nothing out, so the drag library's auto-scroll finds no scrollable column and
// says so at length on every board; in a real browser the columns scroll.
const warn = console.warn.bind(console)
console.warn = (...args: unknown[]) => {
  if (String(args[0]).startsWith('Auto scrolling has been attached')) return
  warn(...args)
}

// Any console.error (React warnings included) is a bug the test should have caught.
let consoleError: ReturnType<typeof vi.spyOn>
beforeEach(async () => {
  await resetMockData()
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(async () => {
  cleanup()
  // Toasts live outside React: one test's must not show in the next.
  dismissAllToasts()
  mockServer.resetHandlers()
  expect(consoleError, 'console.error was called').not.toHaveBeenCalled()
})

afterAll(() => mockServer.close())
