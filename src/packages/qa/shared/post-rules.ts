/**
 * The form-side copy of the `qa` schemas' limits and messages (core/qa.schema.ts), written
 * without zod so it stays out of the app bundle. The server checks again; these only spare
 * a round trip and say what is wrong next to the field.
 */
export const TITLE_MIN = 4;
export const TITLE_MAX = 50;
export const BODY_MAX = 1000;
export const TAGS_MAX = 3;
export const PHOTOS_MAX = 6;
export const REASON_MIN = 2;
export const REASON_MAX = 100;

export interface QuestionFormInput {
  title: string;
  body: string;
  tags: string[];
}

export type QuestionFormErrors = Partial<Record<keyof QuestionFormInput, string>>;

export function checkQuestionForm({ title, body, tags }: QuestionFormInput): QuestionFormErrors {
  const errors: QuestionFormErrors = {};
  const trimmed = title.trim();
  if (!trimmed) errors.title = '请填写标题';
  else if (trimmed.length < TITLE_MIN) errors.title = `标题至少 ${TITLE_MIN} 个字`;
  else if (trimmed.length > TITLE_MAX) errors.title = `标题不能超过 ${TITLE_MAX} 个字`;
  if (body.trim().length > BODY_MAX) errors.body = `不能超过 ${BODY_MAX} 个字`;
  if (!tags.length) errors.tags = '至少选择 1 个标签';
  else if (tags.length > TAGS_MAX) errors.tags = `最多选择 ${TAGS_MAX} 个标签`;
  return errors;
}

/** An answer's text: required, at most BODY_MAX. Null when it may be sent. */
export function checkAnswerBody(body: string): string | null {
  const trimmed = body.trim();
  if (!trimmed) return '回答内容不能为空';
  if (trimmed.length > BODY_MAX) return `不能超过 ${BODY_MAX} 个字`;
  return null;
}

/** A report or moderation reason: 2–100 characters. */
export function checkReason(reason: string): string | null {
  const trimmed = reason.trim();
  if (trimmed.length < REASON_MIN) return `请说明理由（至少 ${REASON_MIN} 个字）`;
  if (trimmed.length > REASON_MAX) return `不能超过 ${REASON_MAX} 个字`;
  return null;
}
