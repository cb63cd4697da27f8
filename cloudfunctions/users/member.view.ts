import { presentContact, type Viewer } from '@core/member-contact-mask';
import type { MemberProfile } from '@core/membership.types';
import { roleFactsOf, rolesOfUser, type UserDocument } from '../_lib/user.repository';

/** A user as `viewer` may see them: contact fields go through the one masking rule in core. */
export const toMemberProfile = (user: UserDocument, viewer: Viewer): MemberProfile => {
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
  return { ...profile, contactMasked };
};
