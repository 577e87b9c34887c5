import { card, cardNames, cardsIn, column, expect, test } from './fixtures.ts'

test('demo tabs of one browser see each other’s moves without a reload', async ({
  page,
  apiMode,
}) => {
  test.skip(apiMode !== 'mock', 'the demo’s cross-tab channel; the real server streams events')
  await page.goto('/jobs/senior-go-engineer/board')
  await expect(cardsIn(page, 'Applied').first()).toBeVisible()
  const other = await page.context().newPage()
  await other.goto('/jobs/senior-go-engineer/board')
  await expect(cardsIn(other, 'Applied').first()).toBeVisible()

  const [name] = await cardNames(cardsIn(page, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  await card(page, name)
    .getByRole('button', { name: `Move ${name}` })
    .click()
  await page.getByRole('menuitem', { name: 'Team interview', exact: true }).click()

  await expect(column(other, 'Team interview').getByText(name, { exact: true })).toBeVisible()
  await expect(column(other, 'Applied').getByText(name, { exact: true })).toHaveCount(0)
})
