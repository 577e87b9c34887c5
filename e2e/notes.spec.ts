import type { Page } from '@playwright/test'
import type { NotificationList } from '@contract/notes.ts'
import {
  card,
  cardNames,
  cardsIn,
  column,
  expect,
  PEOPLE,
  switchUser as switchTo,
  test,
  type ApiMode,
  type Person,
} from './fixtures.ts'

/** Works as `to`, then waits for the board the start page leads to. */
async function switchUser(page: Page, apiMode: ApiMode, from: Person, to: Person) {
  await switchTo(page, apiMode, from, to)
  await expect(column(page, 'Applied').getByRole('listitem').first()).toBeVisible()
}

/** The signed-in user's unread count, asked through the page (MSW answers in mock mode). */
const unreadCount = (page: Page) =>
  page.evaluate(async () => {
    const response = await fetch('/api/notifications')
    return ((await response.json()) as NotificationList).unread
  })

const bellName = (unread: number) => (unread ? `Notifications, ${unread} unread` : 'Notifications')

test('a mention reaches the hiring manager, who lands on the candidate from the notification', async ({
  board: page,
  apiMode,
  axe,
}) => {
  // Three sign-ins, a note typed key by key, two axe runs.
  test.slow()
  const [name] = await cardNames(cardsIn(page, 'Applied'))
  if (!name) throw new Error('no card in Applied')
  // The real server's data is shared by every spec: count from what the hiring manager has now.
  await switchUser(page, apiMode, PEOPLE.recruiter, PEOPLE.hiringManager)
  const before = await unreadCount(page)
  await switchUser(page, apiMode, PEOPLE.hiringManager, PEOPLE.recruiter)

  // The recruiter writes a note, picking the hiring manager from the suggestions by keyboard.
  await card(page, name).click()
  const profile = page.getByRole('dialog', { name })
  const box = profile.getByRole('textbox', { name: 'Add a note' })
  await box.pressSequentially('Worth a call, @tom')
  const suggestions = profile.getByRole('listbox', { name: 'Team members to mention' })
  await expect(suggestions.getByRole('option').first()).toContainText('Tomás Ferreira')
  await page.keyboard.press('Enter')
  await expect(box).toHaveValue('Worth a call, @tomas.ferreira ')
  await box.pressSequentially('**strong** Go. <script>window.__pwned = true</script>')
  await page.keyboard.press('ControlOrMeta+Enter')

  const note = profile
    .getByRole('list', { name: 'Notes' })
    .getByRole('article', { name: 'Note by Maya Okonjo' })
    .filter({ hasText: 'Worth a call' })
    .first()
  await expect(note).toContainText('<script>window.__pwned = true</script>')
  await expect(note.getByText('strong', { exact: true })).toHaveJSProperty('tagName', 'STRONG')
  await expect(note).toContainText('Mentioned: Tomás Ferreira')
  await expect(box).toHaveValue('')
  expect(await page.evaluate(() => '__pwned' in window)).toBe(false)
  await expect(
    profile.getByRole('list', { name: 'Activity' }).getByRole('listitem').first(),
  ).toContainText('Added a note')
  await axe(page)
  await page.keyboard.press('Escape')
  await expect(profile).toHaveCount(0)

  // The hiring manager hears of it.
  await switchUser(page, apiMode, PEOPLE.recruiter, PEOPLE.hiringManager)
  const bell = page.getByRole('banner').getByRole('button', { name: bellName(before + 1) })
  await bell.click()
  const popover = page.getByRole('dialog', { name: 'Notifications' })
  const mention = popover.getByRole('link').first()
  await expect(mention).toHaveAccessibleName(`Unread: Maya Okonjo mentioned you on ${name}`)
  await expect(popover).toContainText('Worth a call, @tomas.ferreira strong Go.')
  await axe(page)

  await mention.click()
  await expect(page).toHaveURL(/\/jobs\/senior-go-engineer\/applications\/[\w-]+$/)
  const landed = page.getByRole('dialog', { name })
  await expect(
    landed
      .getByRole('list', { name: 'Notes' })
      .getByRole('article')
      .filter({ hasText: 'Worth a call' })
      .first(),
  ).toBeVisible()
  await landed.getByRole('button', { name: 'Close' }).click()
  await expect(
    page.getByRole('banner').getByRole('button', { name: bellName(before) }),
  ).toBeVisible()
})

test('Mark all read empties the count', async ({ board: page, apiMode }) => {
  // The recruiter starts with an unread mention in the demo; on the server, make sure of one.
  if (apiMode === 'real') {
    await switchUser(page, apiMode, PEOPLE.recruiter, PEOPLE.hiringManager)
    const [name] = await cardNames(cardsIn(page, 'Applied'))
    await card(page, name!).click()
    const box = page.getByRole('dialog', { name }).getByRole('textbox', { name: 'Add a note' })
    await box.fill('Can you call them, @maya.okonjo?')
    await page.keyboard.press('ControlOrMeta+Enter')
    await expect(box).toHaveValue('')
    await switchUser(page, apiMode, PEOPLE.hiringManager, PEOPLE.recruiter)
  }
  const bell = page.getByRole('banner').getByRole('button', { name: /^Notifications, \d+ unread$/ })
  await bell.click()
  const popover = page.getByRole('dialog', { name: 'Notifications' })
  await popover.getByRole('button', { name: 'Mark all read' }).click()
  await expect(
    page.getByRole('banner').getByRole('button', { name: 'Notifications' }),
  ).toBeVisible()
  await expect(popover.getByText('Unread:')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(popover).toHaveCount(0)
  await expect(
    page.getByRole('banner').getByRole('button', { name: 'Notifications' }),
  ).toBeFocused()
})
