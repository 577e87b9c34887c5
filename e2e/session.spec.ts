import type { Page } from '@playwright/test'
import { ACCOUNTS, column, DEMO_PASSWORD, expect, test } from './fixtures.ts'

/** The header's account button, named after whoever is signed in. */
const account = (page: Page, name: string) =>
  page.getByRole('banner').getByRole('button', { name: new RegExp(`^${name}`) })

const cardsOn = (page: Page, stage: string) => column(page, stage).locator('[data-card-id]')

test.describe('the demo (mock mode)', () => {
  test.skip(({ apiMode }) => apiMode === 'real', '"Sign in as" exists only in the demo')

  test('"Sign in as" the interviewer shows only their candidates, without Move buttons', async ({
    board: page,
  }) => {
    await account(page, 'Maya Okonjo').click()
    await page.getByRole('menuitem', { name: /Sign in as Priya Raman/ }).click()

    await expect(account(page, 'Priya Raman')).toContainText('Interviewer')
    await expect(cardsOn(page, 'Applied')).toHaveCount(0)
    await expect(cardsOn(page, 'Go technical interview').first()).toBeVisible()
    // Before her interviews, nobody; after them (Offer) she keeps the candidates she met.
    for (const stage of ['Recruiter screen', 'Hired']) {
      await expect(cardsOn(page, stage)).toHaveCount(0)
    }
    await expect(page.getByRole('button', { name: /^Move / })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Add candidate' })).toHaveCount(0)

    // Cards still open the profile, without contact details.
    await cardsOn(page, 'Go technical interview').first().click()
    const profile = page.getByRole('dialog')
    await expect(profile.getByText('Contact details are hidden for your role.')).toBeVisible()
    await expect(profile.getByRole('button', { name: 'Reject…' })).toHaveCount(0)
    await page.keyboard.press('Escape')

    // The demo remembers who it acts as.
    await page.reload()
    await expect(account(page, 'Priya Raman')).toBeVisible()
    await expect(cardsOn(page, 'Go technical interview').first()).toBeVisible()
    await expect(cardsOn(page, 'Applied')).toHaveCount(0)
  })

  test('Sign out leads to an accessible sign-in page, and back in as someone else', async ({
    board: page,
    axe,
  }) => {
    await account(page, 'Maya Okonjo').click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()

    await expect(page).toHaveURL(/\/sign-in$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused()
    await expect(page.getByRole('list', { name: 'Demo users' }).getByRole('button')).toHaveCount(5)
    await axe(page)

    await page.getByRole('button', { name: 'Sign in as Tomás Ferreira, Hiring manager' }).click()
    await expect(page).toHaveURL(/\/jobs\/senior-go-engineer\/board/)
    await expect(account(page, 'Tomás Ferreira')).toContainText('Hiring manager')
    await expect(cardsOn(page, 'Applied').first()).toBeVisible()
    await expect(page.getByRole('link', { name: 'Add candidate' })).toHaveCount(0)
  })

  test('signed out, a link to a board asks to sign in first, then opens it', async ({
    board: page,
  }) => {
    await account(page, 'Maya Okonjo').click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/sign-in$/)

    await page.goto('/jobs/senior-go-engineer/board?closed=show')
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fjobs%2Fsenior-go-engineer%2Fboard/)
    await page.getByRole('button', { name: 'Sign in as Maya Okonjo, Recruiter' }).click()
    await expect(page).toHaveURL(/\/jobs\/senior-go-engineer\/board\?closed=show$/)
    await expect(page.getByLabel('Show rejected and withdrawn')).toBeChecked()
  })
})

test.describe('the real server', () => {
  test.skip(({ apiMode }) => apiMode === 'mock', 'password sign-in exists only on the server')

  test('the form focuses its field, explains a wrong password, and Sign out ends the session', async ({
    page,
  }) => {
    // Start signed out, as someone else than the shared recruiter session.
    await page.context().clearCookies()
    await page.goto('/jobs/senior-go-engineer/board')
    await expect(page).toHaveURL(/\/sign-in\?next=/)
    const form = page.getByRole('form', { name: 'Sign in' })
    await expect(form.getByLabel('Email')).toBeFocused()

    await form.getByLabel('Email').fill(ACCOUNTS.admin)
    await form.getByLabel('Password').fill('not the password')
    await form.getByRole('button', { name: 'Sign in' }).click()
    await expect(form.getByRole('alert')).toContainText('do not match an account')
    await expect(form.getByText('Check your email and password')).toBeVisible()
    await expect(form.getByLabel('Password')).toBeFocused()

    await form.getByLabel('Password').fill(DEMO_PASSWORD)
    await form.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/jobs\/senior-go-engineer\/board$/)
    await expect(account(page, 'Ingrid Halvorsen')).toContainText('Admin')

    await account(page, 'Ingrid Halvorsen').click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/sign-in$/)
    await expect(page.getByRole('form', { name: 'Sign in' }).getByLabel('Email')).toBeFocused()
  })
})
