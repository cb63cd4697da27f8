/**
 * Privacy rule of issue 4: phone and student/staff numbers are shown in full only to the member
 * and to admins; everyone else sees them masked. One pure function so the server and any
 * future export apply the same rule.
 */
export interface ContactFields {
  memberNo: string | null;
  phone: string | null;
}

export interface Viewer {
  isSelf: boolean;
  isAdmin: boolean;
}

/** Keeps the first and last characters that identify little, hides the middle: `2023110215` → `20******15`. */
const maskMiddle = (value: string, keepStart: number, keepEnd: number): string => {
  if (value.length <= keepStart + keepEnd) return '*'.repeat(value.length);
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(value.length - keepEnd);
};

export const maskMemberNo = (memberNo: string): string => maskMiddle(memberNo, 2, 2);

/** `13812345678` → `138****5678`, the usual Chinese app convention. */
export const maskPhone = (phone: string): string => maskMiddle(phone, 3, 4);

/** An ID number keeps its first and last four: `450102200001011234` → `4501**********1234`. */
export const maskIdNumber = (idNumber: string): string => maskMiddle(idNumber, 4, 4);

export const presentContact = <T extends ContactFields>(member: T, viewer: Viewer): T & { contactMasked: boolean } => {
  if (viewer.isSelf || viewer.isAdmin) return { ...member, contactMasked: false };
  return {
    ...member,
    memberNo: member.memberNo === null ? null : maskMemberNo(member.memberNo),
    phone: member.phone === null ? null : maskPhone(member.phone),
    contactMasked: true,
  };
};

/**
 * A name as the public verify page shows it: `张三` → `张*`, `欧阳娜娜` → `欧**娜`. Enough for the
 * holder to recognise their own certificate, too little to find a person by.
 */
export const maskName = (name: string): string => {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
};
