/** A heading level the page may ask for, clamped to 2–6; `below` steps down from it (a sub-heading is `below` 1). */
export function headingLevel(level: number, below = 0): 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, Math.max(2, Math.round(level) || 2) + below) as 2 | 3 | 4 | 5 | 6;
}
