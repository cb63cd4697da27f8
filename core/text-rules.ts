/**
 * Which characters no free-text field accepts, without zod (the app's forms check them too, and
 * zod would add ~60 KB to the mini-program). Refused: control characters (line breaks and tabs
 * only where the field is multi-line), bidi embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069: they make a title display reversed or hide what it says) and lone surrogates
 * (broken UTF-16 that no keyboard produces and that storage and search mangle).
 */
const SINGLE_LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const MULTI_LINE_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first reason a typed text is refused, in the words the form shows; null when it passes. */
export const textProblem = (value: string, multiline: boolean): string | null => {
  if ((multiline ? MULTI_LINE_CONTROL : SINGLE_LINE_CONTROL).test(value)) return '不能包含控制字符';
  if (BIDI_CONTROL.test(value)) return '不能包含改变文字方向的字符';
  if (LONE_SURROGATE.test(value)) return '包含无法识别的字符';
  return null;
};
