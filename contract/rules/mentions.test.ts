import { describe, expect, it } from 'vitest'
import { findMentionHandles, findMentions, mentionHandle, mentionInProgress } from './mentions.ts'

describe('mentionHandle', () => {
  it('is the email’s local part, lower-cased', () => {
    expect(mentionHandle({ email: 'Maya.Okonjo@hirelane.dev' })).toBe('maya.okonjo')
  })
})

describe('findMentionHandles', () => {
  it('finds distinct handles in order of first mention, ignoring case', () => {
    expect(findMentionHandles('@maya.okonjo and @Tomas.Ferreira, then @MAYA.OKONJO again')).toEqual(
      ['maya.okonjo', 'tomas.ferreira'],
    )
  })

  it('leaves trailing punctuation out of the handle', () => {
    expect(findMentionHandles('thanks @maya.okonjo.')).toEqual(['maya.okonjo'])
    expect(findMentionHandles('(@priya.raman)')).toEqual(['priya.raman'])
  })

  it('does not take an email address for a mention', () => {
    expect(findMentionHandles('write to maya.okonjo@hirelane.dev')).toEqual([])
    expect(findMentionHandles('a@b')).toEqual([])
  })

  it('finds a mention at the start and after a line break', () => {
    expect(findMentionHandles('@daniel.osei\n@priya.raman')).toEqual(['daniel.osei', 'priya.raman'])
  })

  it('finds nothing in a bare @ or plain text', () => {
    expect(findMentionHandles('@ nobody here')).toEqual([])
    expect(findMentionHandles('no mentions')).toEqual([])
  })
})

describe('findMentions', () => {
  it('gives each mention’s offsets, the @ included', () => {
    const text = 'hi @maya.okonjo.'
    const [mention] = findMentions(text)
    expect(mention).toEqual({ handle: 'maya.okonjo', start: 3, end: 15 })
    expect(text.slice(mention!.start, mention!.end)).toBe('@maya.okonjo')
  })
})

describe('mentionInProgress', () => {
  it('finds the mention being typed at the caret', () => {
    expect(mentionInProgress('ask @ma')).toEqual({ query: 'ma', start: 4 })
    expect(mentionInProgress('@')).toEqual({ query: '', start: 0 })
  })

  it('is null outside a mention, and in an email address', () => {
    expect(mentionInProgress('ask @maya done')).toBeNull()
    expect(mentionInProgress('maya@hire')).toBeNull()
  })
})
