import { card, cardNames, cardsIn, column, drag, expect, test } from './fixtures.ts'

const STAGES = [
  'Applied',
  'Recruiter screen',
  'Go technical interview',
  'System design',
  'Team interview',
  'Offer',
  'Hired',
]

test('the Senior Go Engineer board shows every stage with its candidates', async ({
  board: page,
  axe,
}) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Senior Go Engineer' })).toBeVisible()
  for (const stage of STAGES) await expect(column(page, stage)).toBeVisible()
  // Compact cards: at least 8 fit in the Applied column at 1366×768.
  const applied = cardsIn(page, 'Applied')
  expect(await applied.count()).toBeGreaterThanOrEqual(8)
  await expect(applied.nth(7)).toBeInViewport()
  await axe(page)
})

test('drag a card to another column with the mouse, and it stays after a reload', async ({
  board: page,
}) => {
  const [name] = await cardNames(cardsIn(page, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  // Onto the top of the column (a long column's list runs below the fold: its centre may not
  // be on screen), so the card lands first and is in view after the reload too.
  await drag(page, card(page, name), column(page, 'Recruiter screen'), 'top')

  await expect(column(page, 'Recruiter screen').getByText(name, { exact: true })).toBeVisible()
  await expect(column(page, 'Applied').getByText(name, { exact: true })).toHaveCount(0)
  await expect(page.getByTestId('live-region')).toHaveText(
    `Moved ${name} from Applied to Recruiter screen`,
  )

  await page.reload()
  await expect(column(page, 'Recruiter screen').getByText(name, { exact: true })).toBeVisible()
})

test('drag a card within its column to reorder it', async ({ board: page }) => {
  const before = await cardNames(cardsIn(page, 'Applied'))
  const [first, second, third] = before
  if (!first || !second || !third) throw new Error('Applied needs three cards')
  await drag(page, card(page, first), card(page, third), 'bottom')

  await expect
    .poll(() => cardNames(cardsIn(page, 'Applied')).then((names) => names.slice(0, 3)))
    .toEqual([second, third, first])
  await page.reload()
  await expect
    .poll(() => cardNames(cardsIn(page, 'Applied')).then((names) => names.slice(0, 3)))
    .toEqual([second, third, first])
})

test('move a card with the keyboard; focus stays on it', async ({ board: page }) => {
  const [name] = await cardNames(cardsIn(page, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  await page.keyboard.press('Tab') // skip link
  await card(page, name).focus()
  await page.keyboard.press('Shift+ArrowRight')

  const moved = column(page, 'Recruiter screen').locator('[data-card-id]').filter({ hasText: name })
  await expect(moved).toBeVisible()
  await expect(moved).toBeFocused()
  // The focus ring shows (a style, not an outline of width 0 or style none).
  await expect(moved).toHaveCSS('outline-style', 'solid')
  await expect(page.getByTestId('live-region')).toHaveText(
    `Moved ${name} from Applied to Recruiter screen`,
  )

  await page.keyboard.press('Shift+ArrowLeft')
  await expect(column(page, 'Applied').getByText(name, { exact: true })).toBeVisible()
})

test('move a card with its Move menu, then Undo', async ({ board: page }) => {
  const [name] = await cardNames(cardsIn(page, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  await card(page, name)
    .getByRole('button', { name: `Move ${name}` })
    .click()
  await page.getByRole('menuitem', { name: 'System design' }).click()

  await expect(column(page, 'System design').getByText(name, { exact: true })).toBeVisible()
  await expect(card(page, name)).toBeFocused()

  await page
    .getByRole('status')
    .filter({ hasText: `Moved ${name}` })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(column(page, 'Applied').getByText(name, { exact: true })).toBeVisible()
  // The Undo button went with its toast: focus followed the card back.
  await expect(card(page, name)).toBeFocused()
  await page.reload()
  await expect(column(page, 'Applied').getByText(name, { exact: true })).toBeVisible()
})

test('Tab leaves an open Move menu for the control after its button', async ({
  board: page,
  axe,
}) => {
  const [name] = await cardNames(cardsIn(page, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  const moveButton = card(page, name).getByRole('button', { name: `Move ${name}` })
  await moveButton.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menu', { name: `Move ${name} to` })).toBeVisible()
  await axe(page)

  await page.keyboard.press('Tab')
  await expect(page.getByRole('menu')).toHaveCount(0)
  // Where a Tab from the button itself goes: on along the board, not back to the page's top.
  const afterButton = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))
  await moveButton.focus()
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(
    afterButton,
  )
  await expect(page.getByRole('link', { name: 'Skip to content' })).not.toBeFocused()
})

test('a card dropped in the gap between two cards lands between them', async ({ board: page }) => {
  const names = await cardNames(cardsIn(page, 'Recruiter screen'))
  const [dragged] = await cardNames(cardsIn(page, 'Applied'))
  const [, second, third] = names
  if (!dragged || !second || !third) throw new Error('Recruiter screen needs three cards')
  const above = await card(page, second).boundingBox()
  const below = await card(page, third).boundingBox()
  if (!above || !below) throw new Error('the cards are not on screen')
  const gapY = (above.y + above.height + below.y) / 2
  expect(below.y - (above.y + above.height)).toBeGreaterThan(2)

  const from = await card(page, dragged).boundingBox()
  if (!from) throw new Error('the dragged card is not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 })
  await page.mouse.move(above.x + above.width / 2, gapY, { steps: 12 })
  // A browser repeats dragover while the pointer rests there; Playwright sends one per move.
  await page.mouse.move(above.x + above.width / 2 + 2, gapY)
  // The marker shows where it will land: above the card below the gap.
  await expect(card(page, third)).toHaveAttribute('data-drop-edge', 'top')
  await page.mouse.up()

  await expect
    .poll(() => cardNames(cardsIn(page, 'Recruiter screen')).then((shown) => shown.slice(0, 4)))
    .toEqual([names[0], second, dragged, third])
})

test('a move the API refuses puts the card back and says so', async ({ page, apiMode }) => {
  test.skip(apiMode === 'real', 'mock-only fault switch; the real server has its own spec')
  await page.goto('/jobs/senior-go-engineer/board?mockFail=move')
  await expect(cardsIn(page, 'Applied').first()).toBeVisible()
  const [name] = await cardNames(cardsIn(page, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  await card(page, name)
    .getByRole('button', { name: `Move ${name}` })
    .click()
  await page.getByRole('menuitem', { name: 'Offer' }).click()

  await expect(page.getByRole('alert').filter({ hasText: 'Move failed' })).toBeVisible()
  await expect(column(page, 'Applied').getByText(name, { exact: true })).toBeVisible()
  await expect(column(page, 'Offer').getByText(name, { exact: true })).toHaveCount(0)
})

test('unknown addresses show a not-found page', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await page.goto('/jobs/no-such-job/board')
  await expect(page.getByRole('heading', { name: 'Opening not found' })).toBeVisible()
})

test('the openings list shows every job with its active candidates', async ({ page }) => {
  await page.goto('/jobs')
  await expect(page.getByRole('link', { name: 'Senior Go Engineer' })).toBeVisible()
  await expect(page.getByRole('listitem')).toHaveCount(await page.getByRole('listitem').count())
  expect(await page.getByRole('listitem').count()).toBeGreaterThanOrEqual(2)
  await page.getByRole('link', { name: 'Senior Go Engineer' }).click()
  await expect(page).toHaveURL(/senior-go-engineer\/board/)
})
