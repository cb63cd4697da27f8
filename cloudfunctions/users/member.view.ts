import { maskIdNumber, presentContact, type Viewer } from '@core/member-contact-mask';
import type { MemberProfile } from '@core/membership.types';
import { roleFactsOf, rolesOfUser, type UserDocument } from '../_lib/user.repository';

/**
 * A user as `viewer` may see them: contact fields go through the one masking rule in core. The
 * identity (志愿者编号, ID document) only reaches admins, the ID number in full only where `idInFull`
 * (成员详情 and the answer to editing it), masked in lists.
 */
export const toMemberProfile = (user: UserDocument, viewer: Viewer, idInFull = false): MemberProfile => {
  const facts = roleFactsOf(user);
  const { contactMasked, ...profile } = presentContact(
    {
      openid: user._id,
      name: user.name ?? '',
      kind: facts?.memberKind ?? null,
      memberNo: user.memberNo ?? null,
      phone: user.phone ?? null,
      orgUnitId: user.orgUnitId ?? null,
      status: facts?.membershipStatus ?? 'none',
      teamRoles: facts?.membershipStatus === 'approved' ? [...facts.teamRoles] : [],
      roles: rolesOfUser(user._id, user),
    },
    viewer,
  );
  const idNumber = user.idNumber ?? null;
  const identity = viewer.isAdmin
    ? {
        volunteerNo: user.volunteerNo ?? null,
        idType: user.idType ?? null,
        idNumber: idNumber && !idInFull ? maskIdNumber(idNumber) : idNumber,
      }
    : null;
  return { ...profile, contactMasked, identity };
};
