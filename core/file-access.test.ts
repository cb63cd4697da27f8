import { mayReadFile } from './file-access';
import { cloudPathOfFileId, safeExtension, uploadCloudPath, uploaderOfCloudPath } from './cloud-file-id';

describe('mayReadFile', () => {
  const own = { owner: 'o-1', visibility: 'owner' as const, readerRoles: ['leader' as const] };
  it('lets the owner and admins read an owner-only file, and its reader roles', () => {
    expect(mayReadFile(own, 'o-1', ['guest'])).toBe(true);
    expect(mayReadFile(own, 'o-2', ['admin'])).toBe(true);
    expect(mayReadFile(own, 'o-2', ['student', 'leader'])).toBe(true);
    expect(mayReadFile(own, 'o-2', ['student', 'volunteer'])).toBe(false);
  });
  it('members-only files refuse guests', () => {
    const file = { owner: 'o-1', visibility: 'members' as const, readerRoles: [] };
    expect(mayReadFile(file, 'o-2', ['teacher'])).toBe(true);
    expect(mayReadFile(file, 'o-2', ['guest'])).toBe(false);
    expect(mayReadFile({ ...file, visibility: 'public' }, 'o-2', ['guest'])).toBe(true);
  });
  it("a file shared with a team is read by that team's staff only, roles alone do not suffice", () => {
    const photo = { owner: 'o-1', visibility: 'owner' as const, readerRoles: [], readerTeams: ['team-a'], readerOpenids: ['o-3'] };
    expect(mayReadFile(photo, 'o-2', ['volunteer'], ['team-a'])).toBe(true);
    expect(mayReadFile(photo, 'o-2', ['volunteer', 'leader'], ['team-b'])).toBe(false);
    expect(mayReadFile(photo, 'o-3', ['teacher'])).toBe(true);
    expect(mayReadFile(photo, 'o-4', ['teacher'])).toBe(false);
  });
});

describe('cloud file ids', () => {
  it('parses CloudBase file IDs and refuses paths that could name another object', () => {
    expect(cloudPathOfFileId('cloud://env-1.7374-env-1-130/uploads/o-1/abc.jpg')).toBe('uploads/o-1/abc.jpg');
    expect(cloudPathOfFileId('cloud://env.bucket/uploads/../x.jpg')).toBeNull();
    expect(cloudPathOfFileId('cloud://env.bucket//x.jpg')).toBeNull();
    expect(cloudPathOfFileId('https://example.com/x.jpg')).toBeNull();
  });
  it('builds upload paths under the uploader folder with a safe extension', () => {
    expect(uploadCloudPath('o-1', 'ff00', 'IMG_1.JPG')).toBe('uploads/o-1/ff00.jpg');
    expect(uploadCloudPath('o-1', 'ff00', '../../etc/passwd')).toBe('uploads/o-1/ff00.bin');
    expect(safeExtension('a.tar.gz')).toBe('gz');
    expect(uploaderOfCloudPath('uploads/o-1/ff00.jpg')).toBe('o-1');
    expect(uploaderOfCloudPath('uploads/o-1/sub/ff00.jpg')).toBeNull();
    expect(uploaderOfCloudPath('exports/o-1/ff00.jpg')).toBeNull();
  });
});
