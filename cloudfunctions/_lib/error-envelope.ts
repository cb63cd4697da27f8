import type { Envelope } from '@core/envelope';
import { errorMessages, type ErrorCode } from '@core/errors';
import { ActionError } from './action-error';
import { isTransactionConflict } from './database-error';

export const failure = (code: ErrorCode, message: string = errorMessages[code]): Envelope<never> => ({
  ok: false,
  code,
  message,
});

/**
 * Maps anything a handler throws to an envelope. Unexpected errors are logged with their stack
 * on the server and leave as INTERNAL, so no stack or database detail reaches the app.
 */
export const errorToEnvelope = (error: unknown, where: string): Envelope<never> => {
  if (error instanceof ActionError) return failure(error.code, error.message);
  if (isTransactionConflict(error)) return failure('CONFLICT');
  console.error(`[${where}] INTERNAL`, error);
  return failure('INTERNAL');
};
