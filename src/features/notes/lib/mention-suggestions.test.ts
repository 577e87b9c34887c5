import { describe, expect, it } from 'vitest'
import type { User } from '@contract/common.ts'
import { insertMention, suggestMentions } from './mention-suggestions.ts'

const user = (name: string, email: string): User => ({
  id: email,
  name,
  email,
  role: 'recruiter',
})
const TEAM = [
  user('Tomás Ferreira', 'tomas.ferreira@hirelane.dev'),
  user('Maya Okonjo', 'maya.okonjo@hirelane.dev'),
  user('Anna Tomczak', 'a.t@hirelane.dev'),
]

describe('suggestMentions', () => {
  it('puts handle matches before name matches, ignoring case and accents', () => {
    expect(suggestMentions(TEAM, 'TOM').map((match) => match.name)).toEqual([
      'Tomás Ferreira',
      'Anna Tomczak',
    ])
  })

  it('lists everyone for a bare @, and caps the list', () => {
    expect(suggestMentions(TEAM, '')).toHaveLength(3)
    expect(suggestMentions(TEAM, '', 2)).toHaveLength(2)
    expect(suggestMentions(TEAM, 'zz')).toEqual([])
  })
})

describe('insertMention', () => {
  it('completes the typed mention and puts the caret after it', () => {
    expect(insertMention('hi @to there', 3, 6, 'tomas.ferreira')).toEqual({
      value: 'hi @tomas.ferreira there',
      caret: 19,
    })
    expect(insertMention('@ma', 0, 3, 'maya.okonjo')).toEqual({
      value: '@maya.okonjo ',
      caret: 13,
    })
  })
})
