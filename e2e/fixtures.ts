import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Locator, type Page } from '@playwright/test'

/** A board column, found as a person would: the list named after its stage. */
export const column = (page: Page, stage: string) =>
  page.getByRole('list', { name: new RegExp(`^${stage}, \\d+ candidate`) })

export const cardsIn = (page: Page, stage: string) => column(page, stage).getByRole('listitem')

export const card = (page: Page, name: string) =>
  page.locator('[data-card-id]').filter({ has: page.getByText(name, { exact: true }) })

export async function cardNames(list: Locator) {
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

type Fixtures = {
  board: Page
  axe: (page: Page) => Promise<void>
}

export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    // No simulated latency in tests; every test starts from the seed (fresh context = empty IndexedDB).
    await page.addInitScript(() => window.localStorage.setItem('hirelane:latency', '0'))
    await use(page)
  },
  board: async ({ page }, use) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/jobs\/senior-go-engineer\/board/)
    await expect(column(page, 'Applied').getByRole('listitem').first()).toBeVisible()
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
