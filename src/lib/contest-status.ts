/** Where a contest stands on a given day, from its first and last day (all `YYYY-MM-DD`). */
export type ContestStatus = 'upcoming' | 'current' | 'past';

export function contestStatusOn(startDay: string, endDay: string, day: string): ContestStatus {
  if (day < startDay) return 'upcoming';
  if (day > endDay) return 'past';
  // Both the first and the last day count as running.
  return 'current';
}
