/**
 * Letters with no decomposition into a plain letter and an accent, and the final sigma. The
 * capitals are listed too: a PostgreSQL database in the C locale lower-cases ASCII only.
 */
const PLAIN: Record<string, string> = {
  ς: 'σ',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  Ł: 'l',
  Ø: 'o',
  Đ: 'd',
  Ħ: 'h',
}

/**
 * Text as a search compares it, both what is searched for and what is searched: accents and
 * case set aside ("jose" finds José, "lukasz" Łukasz). The SQL store folds alike with
 * search_fold() (server/migrations/007_search_fold.sql).
 */
export const foldForSearch = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ςłøđħıŁØĐĦ]/g, (letter) => PLAIN[letter] ?? letter)
