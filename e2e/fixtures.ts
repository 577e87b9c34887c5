import AxeBuilder from '@axe-core/playwright'
import {
  test as base,
  expect,
  type APIRequestContext,
  type Locator,
  type Page,
} from '@playwright/test'

/** A board column, found as a person would: the list named after its stage. */
export const column = (page: Page, stage: string) =>
  page.getByRole('list', { name: new RegExp(`^${stage}, \\d+ candidate`) })

export const cardsIn = (page: Page, stage: string) => column(page, stage).getByRole('listitem')

export const card = (page: Page, name: string) =>
  page.locator('[data-card-id]').filter({ has: page.getByText(name, { exact: true }) })

/** Waits for the board's columns to fill in with their cards (the board is busy until then). */
export async function boardFilledIn(page: Page) {
  await expect(page.getByRole('group', { name: 'Pipeline board' })).toHaveAttribute(
    'aria-busy',
    'false',
  )
}

export async function cardNames(list: Locator) {
  await boardFilledIn(list.page())
  return list.locator('p[id]').allTextContents()
}

/** Drags with the mouse in small steps, as a hand would, so the drag engine sees it. */
export async function drag(
  page: Page,
  from: Locator,
  to: Locator,
  where: 'top' | 'bottom' | 'center' = 'center',
) {
  const start = await from.boundingBox()
  const end = await to.boundingBox()
  if (!start || !end) throw new Error('drag: element not visible')
  const y =
    where === 'top'
      ? end.y + 4
      : where === 'bottom'
        ? end.y + end.height - 4
        : end.y + end.height / 2
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2)
  await page.mouse.down()
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2 + 10, {
    steps: 5,
  })
  await page.mouse.move(end.x + end.width / 2, y, { steps: 12 })
  await page.mouse.up()
}

/** Which API the app talks to: the mock inside the page, or the real Node server. */
export type ApiMode = 'mock' | 'real'

/** The demo accounts of a freshly seeded real server (password from server/seed/users.ts). */
export const DEMO_PASSWORD = 'hirelane-demo'
export const ACCOUNTS = {
  admin: 'ingrid.halvorsen@hirelane.dev',
  recruiter: 'maya.okonjo@hirelane.dev',
  hiringManager: 'tomas.ferreira@hirelane.dev',
  interviewer: 'priya.raman@hirelane.dev',
  /** A second interviewer on the same Go technical interviews (the blind rule needs two). */
  interviewer2: 'daniel.osei@hirelane.dev',
} as const

/** Signs a request context (e.g. `page.request`) in through the API, as the sign-in form would. */
export async function signIn(request: APIRequestContext, email: string) {
  const response = await request.post('/api/session', {
    data: { email, password: DEMO_PASSWORD },
    headers: { 'x-hirelane-csrf': '1' },
  })
  expect(response.status()).toBe(200)
}

/** The demo users as people see them: the name in the header, the e-mail to sign in with. */
export const PEOPLE = {
  recruiter: { id: 'user-recruiter', name: 'Maya Okonjo', email: ACCOUNTS.recruiter },
  hiringManager: {
    id: 'user-hiring-manager',
    name: 'Tomás Ferreira',
    email: ACCOUNTS.hiringManager,
  },
  interviewer: { id: 'user-interviewer', name: 'Priya Raman', email: ACCOUNTS.interviewer },
  interviewer2: { id: 'user-interviewer-2', name: 'Daniel Osei', email: ACCOUNTS.interviewer2 },
} as const
export type Person = { id: string; name: string; email: string }

/**
 * Works as `to` from then on, as a person would: "Sign in as" in the demo's user menu (where
 * `from` is signed in), or a password sign-in on the real server; then back to the start page.
 */
export async function switchUser(page: Page, apiMode: ApiMode, from: Person, to: Person) {
  const banner = page.getByRole('banner')
  if (apiMode === 'real') {
    await signIn(page.request, to.email)
    await page.goto('/')
  } else {
    await banner.getByRole('button', { name: new RegExp(`^${from.name}`) }).click()
    await page.getByRole('menuitem', { name: `Sign in as ${to.name}` }).click()
  }
  await expect(banner.getByRole('button', { name: new RegExp(`^${to.name}`) })).toBeVisible()
}

type Fixtures = {
  apiMode: ApiMode
  board: Page
  axe: (page: Page) => Promise<void>
}

export const test = base.extend<Fixtures>({
  apiMode: ['mock', { option: true }],
  page: async ({ page, apiMode }, use) => {
    if (apiMode === 'mock') {
      // No simulated latency; every test starts from the seed (a fresh context has no IndexedDB).
      await page.addInitScript(() => window.localStorage.setItem('hirelane:latency', '0'))
    } else {
      // The real server starts signed out: work the board as the recruiter.
      await signIn(page.request, ACCOUNTS.recruiter)
    }
    await use(page)
  },
  board: async ({ page }, use) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/jobs\/senior-go-engineer\/board/)
    await expect(column(page, 'Applied').getByRole('listitem').first()).toBeVisible()
    await boardFilledIn(page)
    await use(page)
  },
  axe: async ({}, use) => {
    await use(async (page) => {
      const results = await new AxeBuilder({ page }).analyze()
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`,
        ),
      ).toEqual([])
    })
  },
})

export { expect }
