import { card, cardNames, cardsIn, column, expect, test } from './fixtures.ts'

test('a card opens its profile over the board; the link survives a reload; Esc closes it', async ({
  board: page,
  axe,
}) => {
  const [name] = await cardNames(cardsIn(page, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  await card(page, name).click()

  const profile = page.getByRole('dialog', { name })
  await expect(profile).toBeVisible()
  await expect(page).toHaveURL(/\/jobs\/senior-go-engineer\/applications\/[\w-]+$/)
  await expect(profile.getByRole('heading', { name: 'Activity' })).toBeVisible()
  await expect(profile.getByText(/Must-haves: \d+ of \d+ met/)).toBeVisible()
  await axe(page)

  await page.reload()
  await expect(page.getByRole('dialog', { name })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).toHaveURL(/\/board$/)
})

test('Enter on a focused card opens the profile; Back closes it', async ({ board: page }) => {
  const [name] = await cardNames(cardsIn(page, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  await card(page, name).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name })).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('Esc on a profile opened from the board goes back to the card: focus and history', async ({
  page,
}) => {
  await page.goto('/jobs')
  await page
    .getByRole('link', { name: /Senior Go Engineer/ })
    .first()
    .click()
  await expect(cardsIn(page, 'Applied').first()).toBeVisible()
  const [name] = await cardNames(cardsIn(page, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  await card(page, name).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name })).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(card(page, name)).toBeFocused()
  // The profile was one step on from the board, and closing it one step back.
  await page.goBack()
  await expect(page).toHaveURL(/\/jobs$/)
})

test('the add form checks each field and refuses the same email twice', async ({
  board: page,
  axe,
}) => {
  await page.getByRole('link', { name: 'Add candidate' }).click()
  const form = page.getByRole('dialog', { name: 'Add candidate' })
  await form.getByRole('button', { name: 'Add candidate' }).click()
  await expect(form.getByText('Name is required')).toBeVisible()
  await expect(form.getByText('Email is required')).toBeVisible()
  await expect(form.getByText('Choose a source', { exact: true })).toBeVisible()
  await expect(form.getByLabel('Full name')).toBeFocused()
  await axe(page)

  await form.getByLabel('Full name').fill('Grace Hopper')
  await form.getByLabel('Email').fill('grace@example')
  await form.getByLabel('Backend experience (years)').fill('12')
  await form.getByLabel('Go experience (years)').fill('6')
  await form.getByLabel('GitHub').fill('github.com/grace')
  await form.getByLabel('Skills').fill('go, postgresql, kafka')
  await form.getByLabel('Source').selectOption({ label: 'Employee referral' })
  await form.getByRole('button', { name: 'Add candidate' }).click()
  await expect(form.getByText('Enter an email address like name@example.com')).toBeVisible()
  await expect(
    form.getByText('GitHub must be a full web address starting with https://'),
  ).toBeVisible()

  await form.getByLabel('Email').fill('grace@example.com')
  await form.getByLabel('GitHub').fill('https://github.com/grace')
  await form.getByRole('button', { name: 'Add candidate' }).click()
  await expect(page.getByRole('dialog', { name: 'Grace Hopper' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(column(page, 'Applied').getByText('Grace Hopper', { exact: true })).toBeVisible()

  await page.getByRole('link', { name: 'Add candidate' }).click()
  const again = page.getByRole('dialog', { name: 'Add candidate' })
  await again.getByLabel('Full name').fill('Grace B. Hopper')
  await again.getByLabel('Email').fill('GRACE@example.com')
  await again.getByLabel('Backend experience (years)').fill('12')
  await again.getByLabel('Go experience (years)').fill('6')
  await again.getByLabel('Source').selectOption({ label: 'LinkedIn' })
  await again.getByRole('button', { name: 'Add candidate' }).click()
  await expect(again.getByText(/has already applied to this opening/).first()).toBeVisible()
  await expect(again.getByLabel('Full name')).toHaveValue('Grace B. Hopper')
})

test('reject with a reason hides the card; the toggle shows it; restore brings it back', async ({
  board: page,
}) => {
  const [name] = await cardNames(cardsIn(page, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  await card(page, name).click()
  const profile = page.getByRole('dialog', { name })
  await profile.getByRole('button', { name: 'Reject…' }).click()
  await profile.getByRole('button', { name: 'Reject candidate' }).click()
  await expect(profile.getByText('Choose a reason', { exact: true })).toBeVisible()
  await profile.getByLabel('Reason').selectOption({ label: 'Missing must-have skills' })
  await profile.getByLabel('Note (optional)').fill('No production Go yet.')
  await profile.getByRole('button', { name: 'Reject candidate' }).click()
  // Said twice: above the profile and in the activity timeline.
  await expect(
    profile.getByText('Missing must-have skills — No production Go yet.').first(),
  ).toBeVisible()
  await expect(
    profile.getByRole('list', { name: 'Activity' }).getByRole('listitem').first(),
  ).toContainText('Reason: Missing must-have skills — No production Go yet.')
  await page.keyboard.press('Escape')

  await expect(column(page, 'Applied').getByText(name, { exact: true })).toHaveCount(0)
  await page.getByLabel('Show rejected and withdrawn').check()
  await expect(card(page, name).getByText('Rejected')).toBeVisible()

  await card(page, name).click()
  await page
    .getByRole('dialog', { name })
    .getByRole('button', { name: 'Restore to the board' })
    .click()
  await page.keyboard.press('Escape')
  await page.getByLabel('Show rejected and withdrawn').uncheck()
  await expect(column(page, 'Applied').getByText(name, { exact: true })).toBeVisible()
})
