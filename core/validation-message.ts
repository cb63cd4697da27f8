import type { ZodIssue, ZodTypeAny } from 'zod';
import { fieldLabels } from './field-labels';
import { labelAt } from './schema-label';

/** The field's Chinese name: its schema's `.describe`, else its key's entry in fieldLabels; never the key itself. */
const fieldLabel = (path: (string | number)[], schema?: ZodTypeAny): string => {
  const described = schema && labelAt(schema, path);
  if (described) return described;
  const key = [...path].reverse().find((part): part is string => typeof part === 'string');
  if (key === undefined) return '';
  return Object.prototype.hasOwnProperty.call(fieldLabels, key) ? fieldLabels[key] : '';
};

/** Plain Chinese for the zod issue kinds an action can meet. */
const describeIssue = (issue: ZodIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? '必填' : `类型不正确（应为${typeName(issue.expected)}）`;
    case 'too_small':
      return issue.type === 'string' ? `至少 ${issue.minimum} 个字` : `不能小于 ${issue.minimum}`;
    case 'too_big':
      return issue.type === 'string' ? `不能超过 ${issue.maximum} 个字` : `不能大于 ${issue.maximum}`;
    case 'invalid_enum_value':
      return '取值不在允许范围内';
    case 'unrecognized_keys':
      // Never echoes the keys: they are the client's own words, and naming them helps nobody.
      return '包含不支持的内容';
    case 'custom':
    case 'invalid_string':
      // Schemas in core give these issues Chinese messages of their own.
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '格式不正确';
    default:
      return '格式不正确';
  }
};

const typeName = (expected: string): string =>
  ({ string: '文本', number: '数字', boolean: '是/否', object: '对象', array: '列表', date: '日期' })[expected] ?? expected;

/**
 * One short Chinese sentence naming the first problem, e.g. `提交的信息有误：名称 类型不正确（应为文本）`; with the
 * schema, a field described in Chinese (`.describe('活动名称')`) is named by its label. Unknown keys
 * name no field at all: only a described object holding them is named.
 */
export const describeValidationIssues = (issues: ZodIssue[], schema?: ZodTypeAny): string => {
  const first = issues[0];
  if (!first) return '提交的信息有误';
  const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处问题）` : '';
  const label = first.code === 'unrecognized_keys' ? ((schema && labelAt(schema, first.path)) ?? '') : fieldLabel(first.path, schema);
  const problem = describeIssue(first);
  // A schema's own message often names its field already (`活动编号格式不正确`): say it once.
  const ownMessage = first.code === 'custom' || first.code === 'invalid_string';
  const named = label && !(ownMessage && problem.includes(label)) ? `${label} ` : '';
  return `提交的信息有误：${named}${problem}${more}`;
};
