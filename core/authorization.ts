import { roleLabels, type Role } from './roles';

/**
 * "…or the owner of the resource": `param` names the params field that identifies the
 * resource, `resource` says what kind it is so the server knows how to find its owner
 * (`member`: a user's openid, owned by that user; an absent value means the caller's own;
 * `file`: a fileID, owned by whoever uploaded and claimed it; `qaPost`: a question `q_…` or answer
 * `a_…`, owned by its author).
 */
export interface OwnershipRule {
  resource: 'member' | 'file' | 'qaPost';
  param: string;
}

export interface ActionRule {
  allow: readonly Role[];
  owner?: OwnershipRule;
}

/**
 * The one decision both sides use: the router enforces it, the app may use it to hide buttons.
 * `isOwner` is only consulted when the rule has an ownership clause.
 */
export const isPermitted = (rule: ActionRule, roles: readonly Role[], isOwner: boolean): boolean =>
  roles.some((role) => rule.allow.includes(role)) || (rule.owner !== undefined && isOwner);

/** A FORBIDDEN message that says who may do it, e.g. `仅团委管理员或本人可以进行此操作`. */
export const forbiddenMessage = (rule: ActionRule): string => {
  const who = rule.allow.map((role) => roleLabels[role]);
  if (rule.owner) who.push('本人');
  return who.length > 0 ? `没有权限：仅${who.join('、')}可以进行此操作` : '没有权限进行此操作';
};
