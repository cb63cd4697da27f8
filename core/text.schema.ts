import { z } from 'zod';
import { textProblem } from './text-rules';

/**
 * The one text schema of every free-text field (titles, bodies, reasons, names, notes). Only a
 * real string passes, so `{"$gt": ""}` fails as a type error before anything reaches a query;
 * the characters refused are those of `text-rules.ts`, which the app's forms check too.
 */
export interface TextOptions {
  /** Line breaks and tabs allowed (a body, a symptom, a summary). */
  multiline?: boolean;
  /** Trim surrounding spaces (off for the inline runs of a notice, whose spaces join them). */
  trim?: boolean;
}

export const freeText = (max: number, { multiline = false, trim = true }: TextOptions = {}) => {
  const base = z.string({ invalid_type_error: '应为文本' });
  return (trim ? base.trim() : base).max(max, `不能超过 ${max} 个字`).superRefine((value, context) => {
    const problem = textProblem(value, multiline);
    if (problem) context.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  });
};

/** A single-line user-typed string: trimmed, bounded. */
export const shortText = (max: number) => freeText(max);

/** Multi-line user text: like shortText, with line breaks and tabs. */
export const longText = (max: number) => freeText(max, { multiline: true });

/** A document id chosen by the server (openid, seeded id, generated id). */
export const documentId = z.string({ invalid_type_error: '应为文本' }).regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确');
