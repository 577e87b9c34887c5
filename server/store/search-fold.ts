/** Letters with no decomposition into a plain one and an accent, and the final sigma. */
const PLAIN: Record<string, string> = { ς: 'σ', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i' }

/**
 * Text as a search compares it, both what is searched for and what is searched: accents and
 * case set aside ("jose" finds José, "lukasz" Łukasz). The SQL store folds alike with
 * search_fold() (migrations/007_search_fold.sql).
 */
export const foldForSearch = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ςłøđħı]/g, (letter) => PLAIN[letter] ?? letter)
