import type { ServiceStep, StepDuration } from '@govkit-th/schemas';

/** A total time: working days and calendar days apart, hours and minutes from the rest. */
export interface TotalTime {
  workingDays: number;
  days: number;
  hours: number;
  minutes: number;
}

/** Keeps sums of decimals (0.1 + 0.2) at what a person would write. */
const tidy = (value: number) => Math.round(value * 100) / 100;

/**
 * The time the given durations take together. Minutes and hours add up into hours and
 * minutes (90 minutes is 1 hour 30 minutes); working days and calendar days are summed
 * each on their own, since neither is a fixed number of hours.
 */
export function totalTime(durations: readonly StepDuration[]): TotalTime {
  let workingDays = 0;
  let days = 0;
  let minutes = 0;
  for (const { value, unit } of durations) {
    if (unit === 'working-days') workingDays += value;
    else if (unit === 'days') days += value;
    else minutes += unit === 'hours' ? value * 60 : value;
  }
  minutes = tidy(minutes);
  const hours = Math.floor(minutes / 60);
  return { workingDays: tidy(workingDays), days: tidy(days), hours, minutes: tidy(minutes - hours * 60) };
}

/** The total of a service's steps. */
export function stepsTotal(steps: readonly ServiceStep[]): TotalTime {
  return totalTime(steps.map((step) => step.duration));
}
