import {
  ACCOUNTS,
  card,
  cardNames,
  cardsIn,
  column,
  DEMO_PASSWORD,
  expect,
  signIn,
  test,
} from './fixtures.ts'

// Behaviour only the real server has: accounts, a shared database, and the event stream.
test.beforeEach(({ apiMode }) => {
  test.skip(apiMode !== 'real', 'real server only')
})

const BOARD = '/jobs/senior-go-engineer/board'

test('a signed-out visitor signs in and lands where they were going', async ({ browser, axe }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(BOARD)
  await expect(page).toHaveURL(/\/sign-in\?next=/)
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await axe(page)

  await page.getByLabel('Email').fill(ACCOUNTS.recruiter)
  await page.getByLabel('Password').fill('not the password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert')).toContainText(/email and password/i)

  await page.getByLabel('Password').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(new RegExp(`${BOARD}$`))
  await expect(column(page, 'Applied').getByRole('listitem').first()).toBeVisible()
  await context.close()
})

test('the board page starts its session and board requests itself, and the app uses them', async ({
  page,
}) => {
  await page.goto(`${BOARD}?closed=show`)
  await expect(column(page, 'Applied').getByRole('listitem').first()).toBeVisible()
  const requests = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry as PerformanceResourceTiming)
      .filter((entry) => /\/api\/(session|jobs\/[^/]+\/board)\b/.test(entry.name))
      .map((entry) => [
        new URL(entry.name).pathname + new URL(entry.name).search,
        entry.initiatorType,
      ]),
  )
  // One request each, made by the page's preload (a fetch of its own would be a second entry).
  expect(requests.sort()).toEqual([
    ['/api/jobs/senior-go-engineer/board?closed=show', 'link'],
    ['/api/session', 'link'],
  ])
})

test("a shared profile link preloads the application's details, and the profile uses them", async ({
  page,
}) => {
  await page.goto(BOARD)
  const first = column(page, 'Applied').locator('[data-card-id]').first()
  const cardId = await first.getAttribute('data-card-id')
  const [name] = await cardNames(cardsIn(page, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  await page.goto(`/jobs/senior-go-engineer/applications/${cardId}`)
  await expect(page.getByRole('dialog', { name })).toBeVisible()
  const requests = await page.evaluate(
    (path) =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry as PerformanceResourceTiming)
        .filter((entry) => new URL(entry.name).pathname === path)
        .map((entry) => entry.initiatorType),
    `/api/applications/${cardId}`,
  )
  expect(requests).toEqual(['link'])
})

test('an interviewer sees only their candidates, cannot move them, and the API agrees', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page.request, ACCOUNTS.interviewer)
  await page.goto(BOARD)
  await expect(column(page, 'Go technical interview').getByRole('listitem').first()).toBeVisible()
  await expect(cardsIn(page, 'Applied')).toHaveCount(1) // the "no candidates" placeholder
  await expect(page.getByRole('button', { name: /^Move / })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Add candidate' })).toHaveCount(0)

  // Not only hidden: the server refuses.
  const cardId = await page.locator('[data-card-id]').first().getAttribute('data-card-id')
  const detail = await (await page.request.get(`/api/applications/${cardId}`)).json()
  expect(detail.candidate.email).toBeNull()
  const move = await page.request.post(`/api/applications/${cardId}/move`, {
    data: { toStageId: 'sge-offer', expectedVersion: detail.application.version },
    headers: { 'x-hirelane-csrf': '1' },
  })
  expect(move.status()).toBe(403)
  await context.close()
})

test('a move that cannot reach the server goes back, and says so', async ({ board: page }) => {
  const [name] = await cardNames(cardsIn(page, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  await page.route('**/api/applications/*/move', (route) => route.abort('connectionfailed'))
  await card(page, name)
    .getByRole('button', { name: `Move ${name}` })
    .click()
  await page.getByRole('menuitem', { name: 'Offer' }).click()

  await expect(page.getByRole('alert').filter({ hasText: 'Move failed' })).toBeVisible()
  await expect(column(page, 'Applied').getByText(name, { exact: true })).toBeVisible()
  await expect(column(page, 'Offer').getByText(name, { exact: true })).toHaveCount(0)
})

test('two recruiters move the same card: one wins, the other is told and sees the winner', async ({
  browser,
}) => {
  const open = async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signIn(page.request, ACCOUNTS.recruiter)
    await page.goto(BOARD)
    await expect(column(page, 'Applied').getByRole('listitem').first()).toBeVisible()
    return { context, page }
  }
  const first = await open()
  const second = await open()
  const [name] = await cardNames(cardsIn(first.page, 'Applied'))
  if (!name) throw new Error('no card in Applied')

  // The second recruiter's browser will not hear of the first move before trying its own.
  await second.page.route('**/api/events', (route) => route.abort())
  await second.page.reload()
  await expect(card(second.page, name)).toBeVisible()

  await card(first.page, name)
    .getByRole('button', { name: `Move ${name}` })
    .click()
  await first.page.getByRole('menuitem', { name: 'System design' }).click()
  await expect(first.page.getByText(`Moved ${name}`, { exact: true })).toBeVisible()

  await card(second.page, name)
    .getByRole('button', { name: `Move ${name}` })
    .click()
  await second.page.getByRole('menuitem', { name: 'Team interview' }).click()
  await expect(second.page.getByRole('alert')).toContainText(
    `${name} was already moved to System design by Maya Okonjo`,
  )
  await expect(column(second.page, 'System design').getByText(name, { exact: true })).toBeVisible()
  await expect(column(second.page, 'Team interview').getByText(name, { exact: true })).toHaveCount(
    0,
  )
  await first.context.close()
  await second.context.close()
})

test('a colleague’s move reaches an open board without a reload', async ({ browser }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext()])
  const [watcher, mover] = await Promise.all(contexts.map((context) => context.newPage()))
  if (!watcher || !mover) throw new Error('no pages')
  await signIn(watcher.request, ACCOUNTS.hiringManager)
  await signIn(mover.request, ACCOUNTS.recruiter)
  await watcher.goto(BOARD)
  await mover.goto(BOARD)
  await expect(column(mover, 'Applied').getByRole('listitem').first()).toBeVisible()
  const [name] = await cardNames(cardsIn(mover, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  await expect(column(watcher, 'Applied').getByText(name, { exact: true })).toBeVisible()

  await card(mover, name)
    .getByRole('button', { name: `Move ${name}` })
    .click()
  await mover.getByRole('menuitem', { name: 'Recruiter screen', exact: true }).click()

  await expect(column(watcher, 'Recruiter screen').getByText(name, { exact: true })).toBeVisible({
    timeout: 3_000,
  })
  await expect(column(watcher, 'Applied').getByText(name, { exact: true })).toHaveCount(0)
  await Promise.all(contexts.map((context) => context.close()))
})

test('an interviewer taken off a candidate sees the card leave their open board', async ({
  browser,
}) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext()])
  const [interviewer, recruiter] = await Promise.all(contexts.map((context) => context.newPage()))
  if (!interviewer || !recruiter) throw new Error('no pages')
  await signIn(interviewer.request, ACCOUNTS.interviewer)
  await signIn(recruiter.request, ACCOUNTS.recruiter)
  await interviewer.goto(BOARD)
  const theirs = column(interviewer, 'Go technical interview')
  await expect(theirs.getByRole('listitem').first()).toBeVisible()
  // The first: the scorecards spec takes the last one both interviewers still owe.
  const [name] = await cardNames(theirs.getByRole('listitem'))
  if (!name) throw new Error('the interviewer has no Go technical interview')

  await recruiter.goto(BOARD)
  await card(recruiter, name).click()
  const profile = recruiter.getByRole('dialog', { name })
  await profile.getByRole('button', { name: 'Remove Priya Raman' }).click()
  await expect(profile.getByRole('button', { name: 'Remove Priya Raman' })).toHaveCount(0)

  await expect(theirs.getByText(name, { exact: true })).toHaveCount(0, { timeout: 3_000 })
  await Promise.all(contexts.map((context) => context.close()))
})
