import { LONG_REAL_PORT, LONG_SEED_APPLICATIONS } from '../playwright.config.ts'
import type { Locator } from '@playwright/test'
import { card, column, expect, test } from './fixtures.ts'

// A long column: the demo seeds a big data set when asked to, the real project has a server
// of its own with one (playwright.config.ts).
test.use({
  baseURL: async ({ apiMode, baseURL }, use) =>
    use(apiMode === 'real' ? `http://127.0.0.1:${LONG_REAL_PORT}` : baseURL),
})

test.beforeEach(async ({ page, apiMode }) => {
  if (apiMode === 'mock') {
    await page.addInitScript(
      (size) => window.localStorage.setItem('hirelane:seed-applications', String(size)),
      LONG_SEED_APPLICATIONS,
    )
  }
})

/** Down a column, a few pages in (each page loaded makes it longer). */
async function scrollFarDown(list: Locator) {
  await expect(async () => {
    await list.evaluate((element) => (element.scrollTop = element.scrollHeight))
    expect(await list.evaluate((element) => element.scrollTop)).toBeGreaterThan(3_000)
  }).toPass({ timeout: 30_000 })
}

test('scroll a long column to its 500th card, move it with its Move menu, find it', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.goto('/jobs/senior-go-engineer/board')
  const applied = column(page, 'Applied')
  await expect(applied.getByRole('listitem').first()).toBeVisible({ timeout: 30_000 })
  const total = Number(
    /(\d+) candidate/.exec((await applied.getAttribute('aria-label')) ?? '')?.[1],
  )
  expect(total).toBeGreaterThanOrEqual(600)

  // Scroll down until the 500th card is mounted; pages load as the column nears its bottom.
  const target = applied.locator('[aria-posinset="500"]')
  await expect(async () => {
    await applied.evaluate((list) => (list.scrollTop = list.scrollHeight))
    await expect(target).toHaveCount(1, { timeout: 500 })
  }).toPass({ timeout: 60_000 })
  // Virtualized: a few dozen cards are mounted, not hundreds.
  expect(await applied.getByRole('listitem').count()).toBeLessThan(60)

  await target.scrollIntoViewIfNeeded()
  await expect(target).toHaveAttribute('aria-setsize', String(total))
  const name = (await target.locator('p[id]').textContent()) ?? ''
  expect(name).not.toBe('')

  // By keyboard: focus the card, Tab to its Move button, open the menu, pick the next stage.
  await target.focus()
  const moveButton = target.getByRole('button', { name: `Move ${name}` })
  await moveButton.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menuitem', { name: 'Next stage: Recruiter screen' })).toBeFocused()
  await page.keyboard.press('Enter')

  const moved = column(page, 'Recruiter screen').getByText(name, { exact: true })
  await expect(moved).toBeVisible()
  await expect(card(page, name)).toBeFocused()
  await expect(applied).toHaveAttribute('aria-label', `Applied, ${total - 1} candidates`)
  await expect(page.getByTestId('live-region')).toHaveText(
    `Moved ${name} from Applied to Recruiter screen`,
  )
  // Saved (the confirmation offers Undo), it stays there once the board has been read again.
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `Moved ${name}` })
      .getByRole('button', { name: 'Undo' }),
  ).toBeVisible()
  await page.reload()
  await expect(column(page, 'Recruiter screen').getByText(name, { exact: true })).toBeVisible({
    timeout: 30_000,
  })
})

test('a card moved into a column scrolled far down shows at its top, with focus', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await page.goto('/jobs/senior-go-engineer/board')
  const applied = column(page, 'Applied')
  const screen = column(page, 'Recruiter screen')
  await expect(screen.getByRole('listitem').first()).toBeVisible({ timeout: 30_000 })
  await scrollFarDown(screen)

  const first = applied.locator('[aria-posinset="1"]')
  const name = (await first.locator('p[id]').textContent()) ?? ''
  await first.focus()
  await page.keyboard.press('Shift+ArrowRight')

  const moved = card(page, name)
  await expect(moved).toHaveAttribute('aria-posinset', '1')
  await expect(moved).toBeFocused()
  await expect(moved).toBeInViewport()
})

test('a new search shows each column from its top', async ({ page }) => {
  test.setTimeout(60_000)
  await page.goto('/jobs/senior-go-engineer/board')
  const applied = column(page, 'Applied')
  await expect(applied.getByRole('listitem').first()).toBeVisible({ timeout: 30_000 })
  await scrollFarDown(applied)

  // A skill most candidates list: the results fill the column many times over.
  await page.getByRole('searchbox', { name: 'Search candidates' }).fill('go')
  await expect(page).toHaveURL(/[?&]q=go\b/)
  await expect(applied.locator('[aria-posinset="1"]')).toBeInViewport({ timeout: 30_000 })
  expect(await applied.evaluate((list) => list.scrollTop)).toBe(0)
})
