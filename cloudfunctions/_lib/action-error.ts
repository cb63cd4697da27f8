import { errorMessages, type ErrorCode } from '@core/errors';

/** Thrown by handlers and repositories to answer with a typed code; anything else becomes INTERNAL. */
export class ActionError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string = errorMessages[code]) {
    super(message);
    this.name = 'ActionError';
    this.code = code;
  }
}
