/**
 * The background's error log (the worker's console, which the rep or a developer opens from the
 * extensions page). Only names, codes and messages of exceptions: never settings, leads or page text.
 */
import { Failure } from '../core/errors';

export function logFailure(what: string, err: unknown): void {
  if (err instanceof Failure) console.warn(`Leadfill: ${what} refused: ${err.error.code}`);
  // The Error itself: the console shows its name, message and stack.
  else if (err instanceof Error) console.error(`Leadfill: ${what} failed:`, err);
  else console.error(`Leadfill: ${what} failed: ${typeof err}`);
}

/** Runs a task nobody awaits (an event listener's work): its failure is logged instead of lost. */
export function logRejection(what: string, task: Promise<unknown>): void {
  task.catch((err: unknown) => logFailure(what, err));
}
