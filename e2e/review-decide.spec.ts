import type { Page } from '@playwright/test'
import type { Board, BoardCard } from '@contract/board.ts'
import {
  boardFilledIn,
  card,
  cardNames,
  cardsIn,
  column,
  expect,
  PEOPLE,
  switchUser,
  test,
  type ApiMode,
} from './fixtures.ts'

const JOB = 'senior-go-engineer'

/** Works as the hiring manager, on the board the start page leads to. */
async function asHiringManager(page: Page, apiMode: ApiMode) {
  await page.goto('/')
  await switchUser(page, apiMode, PEOPLE.recruiter, PEOPLE.hiringManager)
  await expect(page).toHaveURL(/\/jobs\/senior-go-engineer\/board/)
  await expect(column(page, 'Applied').getByRole('listitem').first()).toBeVisible()
  await boardFilledIn(page)
}

/** The board as the signed-in user's API sees it (through the page, so MSW answers in mock mode). */
async function boardCards(page: Page, stageName: string): Promise<BoardCard[]> {
  const board = await page.evaluate(async (jobId) => {
    const response = await fetch(`/api/jobs/${jobId}/board`)
    return (await response.json()) as Board
  }, JOB)
  const stage = board.job.stages.find((item) => item.name === stageName)
  return board.columns.find((item) => item.stageId === stage?.id)?.cards ?? []
}

test('the hiring manager reads the scorecard matrix and opens a rating’s evidence', async ({
  page,
  apiMode,
  axe,
}) => {
  await asHiringManager(page, apiMode)
  // Candidates further on have every earlier interview's scorecards in.
  const reviewed = (await boardCards(page, 'System design')).find(
    (card) => card.status === 'active' && (card.reviews?.submitted ?? 0) >= 2,
  )
  if (!reviewed) throw new Error('no candidate in System design with submitted scorecards')

  await page.goto(`/jobs/${JOB}/applications/${reviewed.id}`)
  const profile = page.getByRole('dialog', { name: reviewed.name })
  const matrix = profile.getByRole('table', {
    name: `Scorecards for ${reviewed.name}: competencies by reviewer`,
  })
  await expect(matrix).toBeVisible()
  await expect(
    matrix.getByRole('rowheader', { name: 'Go and its concurrency model' }),
  ).toBeVisible()
  await expect(matrix.getByRole('rowheader', { name: 'Overall recommendation' })).toBeVisible()
  await axe(page)

  await matrix
    .getByRole('button', { name: /, evidence for Go and its concurrency model from/ })
    .first()
    .click()
  const evidence = page.getByRole('dialog', { name: /on Go and its concurrency model$/ })
  await expect(evidence).toBeVisible()
  await expect(evidence.getByRole('heading', { name: /Overall recommendation/ })).toBeVisible()
  await axe(page)
  await evidence.getByRole('button', { name: 'Close' }).click()
  await expect(evidence).toHaveCount(0)
  await expect(profile).toBeVisible()
})

test('the hiring manager compares two candidates of one stage and advances one', async ({
  page,
  apiMode,
  axe,
}) => {
  await asHiringManager(page, apiMode)
  // The last cards shown: other specs work with the first ones of a column.
  const names = await cardNames(cardsIn(page, 'System design'))
  const [first, second] = names.slice(-2)
  if (!first || !second) throw new Error('System design needs two candidates')

  // Each card sums up its scorecards: how many are in and owed, and how they lean.
  await expect(card(page, first).getByText(/^\d+ in\b/)).toBeVisible()

  await page.getByRole('checkbox', { name: `Select ${first} to compare` }).check()
  await page.getByRole('checkbox', { name: `Select ${second} to compare` }).check()
  await page.getByRole('link', { name: 'Compare (2)' }).click()

  await expect(page).toHaveURL(/\/jobs\/senior-go-engineer\/compare\?ids=[\w-]+,[\w-]+$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Compare candidates' })).toBeVisible()
  const table = page.getByRole('table', { name: '2 candidates in System design, side by side' })
  await expect(table).toBeVisible()
  await expect(table.getByRole('link', { name: first, exact: true })).toBeVisible()
  await expect(table.getByRole('link', { name: second, exact: true })).toBeVisible()
  await expect(table.getByRole('rowheader', { name: /^Service architecture/ })).toBeVisible()
  await expect(table.getByRole('rowheader', { name: 'Skill match' })).toBeVisible()
  await axe(page)

  const decision = table.getByRole('region', { name: `Decision on ${first}` })
  await decision.getByRole('button', { name: 'Advance to Team interview…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Advance to Team interview?' })
  await confirm.getByLabel('Note (optional)').fill('Strong system design; move on.')
  await confirm.getByRole('button', { name: 'Advance to Team interview', exact: true }).click()
  await expect(confirm).toHaveCount(0)
  await expect(table.getByText('Now in Team interview')).toBeVisible()

  await page.getByRole('link', { name: 'Back to the board' }).click()
  // An advanced candidate goes to the top of the next column.
  await expect(column(page, 'Team interview').getByText(first, { exact: true })).toBeVisible()
  await expect(column(page, 'System design').getByText(first, { exact: true })).toHaveCount(0)
})

test('a compare link with one candidate, or with candidates of two stages, says why not', async ({
  page,
  apiMode,
}) => {
  await asHiringManager(page, apiMode)
  await page.goto(`/jobs/${JOB}/compare?ids=someone`)
  await expect(page.getByRole('alert')).toContainText('Choose at least 2 candidates to compare.')

  const [applied] = await boardCards(page, 'Applied')
  const [screening] = await boardCards(page, 'Recruiter screen')
  if (!applied || !screening) throw new Error('need candidates in Applied and Recruiter screen')
  await page.goto(`/jobs/${JOB}/compare?ids=${applied.id},${screening.id}`)
  await expect(page.getByRole('alert')).toContainText(
    `${applied.name} is in Applied, ${screening.name} is in Recruiter screen`,
  )
  await page.getByRole('link', { name: 'Back to the board' }).click()
  await expect(page).toHaveURL(/\/board$/)
})
