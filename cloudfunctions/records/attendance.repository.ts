import { ATTENDANCE, type AttendanceDocument } from '../_lib/activities/attendance.document';
import { database } from '../_lib/cloudbase';

export const findAttendance = async (attendanceId: string): Promise<AttendanceDocument | null> => {
  const { data } = await database.collection(ATTENDANCE).where({ _id: attendanceId }).limit(1).get();
  return (data[0] as AttendanceDocument | undefined) ?? null;
};
