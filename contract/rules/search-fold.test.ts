import { describe, expect, it } from 'vitest'
import { foldForSearch } from './search-fold.ts'

describe('foldForSearch', () => {
  it('sets accents and case aside, letters without a decomposition included', () => {
    expect(foldForSearch('José MÜLLER Łukasz Øster Đorđević Yıldız İrem')).toBe(
      'jose muller lukasz oster dordevic yildiz irem',
    )
  })

  it('folds text however it was composed, and a final sigma as any other', () => {
    expect(foldForSearch('Jose\u0301')).toBe(foldForSearch('Jos\u00e9'))
    expect(foldForSearch('ΟΔΟΣ')).toBe(foldForSearch('οδοσ'))
  })
})
