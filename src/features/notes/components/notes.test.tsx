import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import type { Board } from '@contract/board.ts'
import type { NotificationList } from '@contract/notes.ts'
import { mockServer, signInAs } from '@/mocks/node.ts'
import { callApi } from '@/test/board.ts'
import { renderApp } from '@/test/render.tsx'

const JOB = 'senior-go-engineer'
/** The first render loads the app's routes and data (a board renders slowly in jsdom). */
const FIRST_LOAD = { timeout: 10_000 }

/** An active application in Applied: no seeded notes there. */
async function someApplication() {
  const board = (await callApi(`/api/jobs/${JOB}/board`)) as Board
  const card = board.columns.find((column) => column.stageId === 'sge-applied')?.cards[0]
  if (!card) throw new Error('no card in Applied')
  return card
}

async function openProfile(applicationId: string, name: string) {
  const view = renderApp(`/jobs/${JOB}/applications/${applicationId}`)
  const profile = await screen.findByRole('dialog', { name }, FIRST_LOAD)
  await within(profile).findByRole('heading', { name: 'Notes' }, FIRST_LOAD)
  const box = within(profile).getByRole('textbox', { name: 'Add a note' })
  return { ...view, profile, box }
}

describe('the note form', { timeout: 30_000 }, () => {
  it('suggests team members after @, by keyboard, and posts with Ctrl+Enter', async () => {
    const card = await someApplication()
    const { user, profile, box } = await openProfile(card.id, card.name)

    await user.type(box, 'Worth a look @to')
    const listbox = await within(profile).findByRole('listbox', {
      name: 'Team members to mention',
    })
    const options = within(listbox).getAllByRole('option')
    expect(options[0]).toHaveTextContent('Tomás Ferreira@tomas.ferreira')
    expect(options[0]).toHaveAttribute('aria-selected', 'true')
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id)
    expect(box).toHaveAttribute('aria-controls', listbox.id)

    // Esc closes only the list (the profile stays open); typing on reopens it for a new @.
    await user.keyboard('{Escape}')
    expect(within(profile).queryByRole('listbox')).not.toBeInTheDocument()
    expect(screen.getByRole('dialog', { name: card.name })).toBeInTheDocument()

    await user.type(box, ' and @')
    const everyone = within(await within(profile).findByRole('listbox')).getAllByRole('option')
    expect(everyone.length).toBeGreaterThan(1)
    await user.keyboard('{ArrowDown}')
    expect(everyone[1]).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(everyone.at(-1)).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowDown}')
    expect(everyone[0]).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Backspace}@tom{Enter}')
    expect(box).toHaveValue('Worth a look @to and @tomas.ferreira ')
    expect(within(profile).queryByRole('listbox')).not.toBeInTheDocument()

    await user.type(box, 'can you **check**?')
    await user.keyboard('{Control>}{Enter}{/Control}')

    const notes = await within(profile).findByRole('list', { name: 'Notes' })
    const note = await within(notes).findByRole('article', { name: 'Note by Maya Okonjo' })
    expect(within(note).getByText('check').tagName).toBe('STRONG')
    expect(within(note).getByText('@tomas.ferreira')).toBeInTheDocument()
    expect(note).toHaveTextContent('Mentioned: Tomás Ferreira')
    expect(box).toHaveValue('')
    const timeline = within(profile).getByRole('list', { name: 'Activity' })
    await waitFor(() =>
      expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent('Added a note'),
    )
  })

  it('picks a suggestion with Tab too, and with a click', async () => {
    const card = await someApplication()
    const { user, profile, box } = await openProfile(card.id, card.name)
    await user.type(box, '@pri')
    await user.keyboard('{Tab}')
    expect(box).toHaveValue('@priya.raman ')
    expect(box).toHaveFocus()
    await user.type(box, 'cc @ingrid')
    const listbox = await within(profile).findByRole('listbox')
    await user.click(within(listbox).getByRole('option', { name: /Ingrid Halvorsen/ }))
    expect(box).toHaveValue('@priya.raman cc @ingrid.halvorsen ')
  })

  it('says what is wrong before posting', async () => {
    const card = await someApplication()
    const { user, profile, box } = await openProfile(card.id, card.name)
    const post = within(profile).getByRole('button', { name: 'Add note' })

    await user.type(box, '   ')
    await user.click(post)
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Note is required'))
    expect(box).toHaveFocus()

    await user.clear(box)
    await user.click(box)
    await user.paste('x'.repeat(5003))
    expect(within(profile).getByText('3 characters over the limit.')).toBeInTheDocument()
    await user.click(post)
    expect(box).toHaveAccessibleDescription(
      expect.stringContaining('Note must be at most 5000 characters'),
    )
    await user.keyboard('{Backspace}{Backspace}{Backspace}{Backspace}')
    expect(within(profile).getByText('1 characters left.')).toBeInTheDocument()
  })

  it('keeps the text when posting fails, and says why', async () => {
    const card = await someApplication()
    const { user, profile, box } = await openProfile(card.id, card.name)
    mockServer.use(
      http.post(
        '*/api/applications/:id/notes',
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Server error', status: 500, detail: 'Try later.' },
            { status: 500, headers: { 'content-type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    )
    await user.type(box, 'Keep me')
    await user.click(within(profile).getByRole('button', { name: 'Add note' }))
    await waitFor(() =>
      expect(box).toHaveAccessibleDescription(
        expect.stringContaining('Could not add the note: Try later.'),
      ),
    )
    expect(box).toHaveValue('Keep me')

    await user.click(within(profile).getByRole('button', { name: 'Add note' }))
    await within(profile).findByRole('article', { name: 'Note by Maya Okonjo' })
    expect(box).toHaveValue('')
  })

  it('shows HTML in a note as text', async () => {
    const card = await someApplication()
    const { user, profile, box } = await openProfile(card.id, card.name)
    await user.click(box)
    await user.paste('<script>alert(1)</script> <img src=x onerror=alert(2)>')
    await user.click(within(profile).getByRole('button', { name: 'Add note' }))
    const note = await within(profile).findByRole('article', { name: 'Note by Maya Okonjo' })
    expect(note).toHaveTextContent('<script>alert(1)</script> <img src=x onerror=alert(2)>')
    expect(profile.querySelector('script, img[onerror]')).toBeNull()
  })

  it('offers no suggestions to an interviewer, who may not list the team', async () => {
    await signInAs('user-interviewer')
    const board = (await callApi(`/api/jobs/${JOB}/board`)) as Board
    const card = board.columns.flatMap((column) => column.cards)[0]
    if (!card) throw new Error('the interviewer sees no one')
    const teamRequests: string[] = []
    const countTeamRequests = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname === '/api/users') teamRequests.push(request.url)
    }
    mockServer.events.on('request:start', countTeamRequests)
    const { user, profile, box } = await openProfile(card.id, card.name)
    await user.type(box, '@ma')
    expect(within(profile).queryByRole('listbox')).not.toBeInTheDocument()
    expect(teamRequests).toEqual([])
    mockServer.events.removeListener('request:start', countTeamRequests)
  })
})

describe('notifications', { timeout: 30_000 }, () => {
  const unreadOf = async () => ((await callApi('/api/notifications')) as NotificationList).unread

  it('count the unread, open a list that leads to the candidate, and mark read', async () => {
    const card = await someApplication()
    await callApi(`/api/applications/${card.id}/notes`, {
      method: 'POST',
      body: { body: 'Please have a look, @tomas.ferreira: *strong* Go background.' },
    })
    await signInAs('user-hiring-manager')
    const before = await unreadOf()
    expect(before).toBeGreaterThan(0)

    const { user, router } = renderApp('/jobs')
    const bell = await screen.findByRole(
      'button',
      { name: `Notifications, ${before} unread` },
      FIRST_LOAD,
    )
    expect(bell).toHaveAttribute('aria-expanded', 'false')
    await user.click(bell)
    const popover = await screen.findByRole('dialog', { name: 'Notifications' })
    expect(bell).toHaveAttribute('aria-expanded', 'true')
    const items = within(popover).getAllByRole('link')
    // Newest first: the note just written.
    expect(items[0]).toHaveAccessibleName(`Unread: Maya Okonjo mentioned you on ${card.name}`)
    expect(items[0]).toHaveAccessibleDescription(
      'Please have a look, @tomas.ferreira: strong Go background.',
    )

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).not.toBeInTheDocument()
    expect(bell).toHaveFocus()

    await user.click(bell)
    await user.click(
      within(screen.getByRole('dialog', { name: 'Notifications' })).getAllByRole('link')[0]!,
    )
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/jobs/${JOB}/applications/${card.id}`),
    )
    const profile = await screen.findByRole('dialog', { name: card.name }, FIRST_LOAD)
    const notes = await within(profile).findByRole('list', { name: 'Notes' }, FIRST_LOAD)
    expect(within(notes).getByRole('article', { name: 'Note by Maya Okonjo' })).toHaveTextContent(
      'Please have a look, @tomas.ferreira: strong Go background.',
    )
    const remaining = before - 1
    await waitFor(() =>
      expect(
        screen.getByRole('button', {
          name: remaining ? `Notifications, ${remaining} unread` : 'Notifications',
          hidden: true,
        }),
      ).toBeInTheDocument(),
    )
  })

  it('marks all read', async () => {
    await signInAs('user-recruiter')
    const before = await unreadOf()
    expect(before).toBeGreaterThan(0)
    const { user } = renderApp('/jobs')
    await user.click(
      await screen.findByRole('button', { name: `Notifications, ${before} unread` }, FIRST_LOAD),
    )
    const popover = await screen.findByRole('dialog', { name: 'Notifications' })
    await user.click(within(popover).getByRole('button', { name: 'Mark all read' }))
    expect(screen.getByRole('button', { name: 'Notifications' })).toBeInTheDocument()
    expect(within(popover).getByRole('button', { name: 'Mark all read' })).toBeDisabled()
    expect(within(popover).queryByText('Unread:', { exact: false })).not.toBeInTheDocument()
    await waitFor(async () => expect(await unreadOf()).toBe(0))
    // Focus stayed in the popover, so Esc still closes it and goes back to the button.
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Notifications' })).toHaveFocus()
  })
})
