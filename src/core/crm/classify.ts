/**
 * What the outbox does with a failed push (ecosystem.md §3.5): the error's class (core/errors.ts:
 * retry later, reconnect, or the rep fixes the lead), except that a spent day budget pauses the whole
 * connection until it resets instead of retrying row by row.
 */
import { errorClass, type AppError, type ErrorClass } from '../errors';

export type FailureAction = ErrorClass | 'pause';

export function failureAction(error: AppError): FailureAction {
  return error.code === 'crm-quota-exhausted' ? 'pause' : errorClass(error);
}
