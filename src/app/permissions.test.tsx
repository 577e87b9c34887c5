import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mockServer, signInAs } from '@/mocks/node.ts'
import { column, namesIn, openBoard } from '@/test/board.ts'

async function openProfile(user: Awaited<ReturnType<typeof openBoard>>['user'], name: string) {
  await user.click(screen.getByText(name, { selector: 'p[id]' }))
  const profile = await screen.findByRole('dialog', { name })
  await within(profile).findByRole('heading', { name: 'Activity' })
  return profile
}

describe('what each role sees', () => {
  it('an interviewer sees only their candidates, and cannot move, add or reject', async () => {
    await signInAs('user-interviewer')
    const { user } = await openBoard()

    expect(namesIn('Applied')).toHaveLength(0)
    const [name] = namesIn('Go technical interview')
    if (!name) throw new Error('the interviewer has no one in Go technical interview')
    expect(screen.queryByRole('button', { name: /^Move / })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Add candidate' })).not.toBeInTheDocument()

    // Shift+arrow moves nothing; Enter still opens the profile.
    const card = within(column('Go technical interview')).getAllByRole('listitem')[0]
    card?.focus()
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}')
    expect(namesIn('Go technical interview')).toContain(name)

    const profile = await openProfile(user, name)
    expect(within(profile).getByText('Contact details are hidden for your role.')).toBeVisible()
    expect(within(profile).queryByText('Email')).not.toBeInTheDocument()
    expect(within(profile).queryByRole('button', { name: 'Reject…' })).not.toBeInTheDocument()
    expect(within(profile).getByRole('list', { name: 'Interviewers' })).toHaveTextContent(
      'Priya Raman',
    )
    expect(within(profile).queryByLabelText('Add an interviewer')).not.toBeInTheDocument()
    expect(within(profile).queryByRole('button', { name: /^Remove / })).not.toBeInTheDocument()
  })

  it('a hiring manager may move and reject, but not add candidates or assign', async () => {
    await signInAs('user-hiring-manager')
    const { user } = await openBoard()

    expect(screen.queryByRole('link', { name: 'Add candidate' })).not.toBeInTheDocument()
    const [name] = namesIn('Applied')
    if (!name) throw new Error('no card in Applied')
    expect(screen.getByRole('button', { name: `Move ${name}` })).toBeInTheDocument()

    const profile = await openProfile(user, name)
    expect(within(profile).getByRole('button', { name: 'Reject…' })).toBeInTheDocument()
    expect(within(profile).getByText('Email')).toBeInTheDocument()
    expect(within(profile).queryByLabelText('Add an interviewer')).not.toBeInTheDocument()
  })
})

describe('assigning interviewers', () => {
  it('adds and removes an interviewer with the keyboard, and says so', async () => {
    const { user } = await openBoard()
    const [name] = namesIn('Applied')
    if (!name) throw new Error('no card in Applied')
    const profile = await openProfile(user, name)
    expect(within(profile).getByText('No interviewers yet.')).toBeInTheDocument()

    const field = within(profile).getByLabelText('Add an interviewer')
    await within(field).findByRole('option', { name: 'Priya Raman (Interviewer)' })
    // Those who usually interview come first.
    expect(
      within(field)
        .getAllByRole('group')
        .map((group) => group.getAttribute('label')),
    ).toEqual(['Interviewers and hiring managers', 'Others'])
    field.focus()
    await user.selectOptions(field, 'Priya Raman (Interviewer)')
    await user.tab()
    expect(within(profile).getByRole('button', { name: 'Add' })).toHaveFocus()
    await user.keyboard('{Enter}')

    const list = await within(profile).findByRole('list', { name: 'Interviewers' })
    expect(list).toHaveTextContent('Priya Raman')
    expect(screen.getByTestId('live-region')).toHaveTextContent(
      'Added Priya Raman as an interviewer',
    )
    expect(within(field).queryByRole('option', { name: /Priya Raman/ })).not.toBeInTheDocument()

    await user.click(within(list).getByRole('button', { name: 'Remove Priya Raman' }))
    expect(await within(profile).findByText('No interviewers yet.')).toBeInTheDocument()
    expect(field).toHaveFocus()
  })

  it('asks for a choice, and shows the API’s refusal beside the field', async () => {
    mockServer.use(
      http.put('*/api/applications/:id/interviewers', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Unprocessable',
            status: 422,
            errors: { userIds: ['At most 20 interviewers'] },
          },
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = await openBoard()
    const [name] = namesIn('Applied')
    if (!name) throw new Error('no card in Applied')
    const profile = await openProfile(user, name)
    const field = within(profile).getByLabelText('Add an interviewer')

    await user.click(within(profile).getByRole('button', { name: 'Add' }))
    expect(field).toHaveAccessibleDescription('Choose someone to add')

    await within(field).findByRole('option', { name: 'Tomás Ferreira (Hiring manager)' })
    await user.selectOptions(field, 'Tomás Ferreira (Hiring manager)')
    await user.click(within(profile).getByRole('button', { name: 'Add' }))
    await waitFor(() => expect(field).toHaveAccessibleDescription('At most 20 interviewers'))
    expect(within(profile).getByText('No interviewers yet.')).toBeInTheDocument()
  })
})
