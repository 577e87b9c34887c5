import { clsx, type ClassValue } from 'clsx'

/**
 * Joins class names. It does not resolve conflicts (no tailwind-merge: ~8 KiB gz on every
 * page), so a component never adds a utility that fights one it already has: variants and
 * states choose between alternatives instead of overriding.
 */
export function cn(...inputs: ClassValue[]) {
  return clsx(inputs)
}
