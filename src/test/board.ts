import { screen, waitFor, within } from '@testing-library/react'
import { delay, http } from 'msw'
import { expect } from 'vitest'
import { CSRF_HEADER } from '@contract/auth.ts'
import { mockServer } from '@/mocks/node.ts'
import { renderApp } from './render.tsx'

/**
 * Opens a board as a user would, and waits until every column shows its cards: the board is
 * busy while they fill in, column by column.
 */
export async function openBoard(path = '/jobs/senior-go-engineer/board') {
  const view = renderApp(path)
  await screen.findByRole('heading', { level: 1, name: 'Senior Go Engineer' })
  const board = screen.getByRole('group', { name: 'Pipeline board' })
  await waitFor(() => expect(board).toHaveAttribute('aria-busy', 'false'))
  return view
}

/** A board column, found as a person would: the list named after its stage. */
export const column = (stage: string) =>
  screen.getByRole('list', { name: new RegExp(`^${stage}, \\d+ candidate`) })

/** The candidates' names in a column, top to bottom. */
export const namesIn = (stage: string) =>
  within(column(stage))
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('p[id]')?.textContent)
    .filter(Boolean)

/** The application id behind a card on the board. */
export function cardIdOf(name: string) {
  const id = screen
    .getByText(name, { selector: 'p[id]' })
    .closest('[data-card-id]')
    ?.getAttribute('data-card-id')
  if (!id) throw new Error(`no card for ${name}`)
  return id
}

/** Calls the mocked API as another client would: no client id, so the SPA hears about it. */
export async function callApi(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(new URL(path, window.location.href), {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  return response.status === 204 ? undefined : response.json()
}

/** Someone else moves an application to another stage, through the API. */
export async function moveElsewhere(applicationId: string, toStageId: string) {
  const detail = await callApi(`/api/applications/${applicationId}`)
  await callApi(`/api/applications/${applicationId}/move`, {
    method: 'POST',
    body: { toStageId, expectedVersion: detail.application.version },
  })
}

/** From now on the board and its column pages answer `ms` later (a refetch under way). */
export function slowBoardReads(ms: number) {
  const slowly = async () => void (await delay(ms))
  mockServer.use(
    http.get('*/api/jobs/:jobId/board', slowly),
    http.get('*/api/jobs/:jobId/stages/:stageId/cards', slowly),
  )
}

/** Moves a card with its Move menu, as a pointer or keyboard user does without dragging. */
export async function moveWithMenu(
  user: Awaited<ReturnType<typeof openBoard>>['user'],
  name: string,
  stage: string,
) {
  await user.click(screen.getByRole('button', { name: `Move ${name}` }))
  await user.click(screen.getByRole('menuitem', { name: stage }))
}
