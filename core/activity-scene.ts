/**
 * The `scene` of an activity's mini-program code (wxacode.getUnlimited allows at most 32 visible
 * characters and no `%`). Activity ids are `act_` + 20 letters and digits, so the scene keeps only
 * the 20 and a one-letter kind: `a=` + 20 = 22 characters, room to spare for a later kind.
 */
const ACTIVITY_ID = /^act_([A-Za-z0-9]{20})$/;
const ACTIVITY_SCENE = /^a=([A-Za-z0-9]{20})$/;

export const SCENE_MAX_LENGTH = 32;

export const activitySceneOf = (activityId: string): string => {
  const match = ACTIVITY_ID.exec(activityId);
  if (!match) throw new Error(`not an activity id: ${activityId}`);
  return `a=${match[1]}`;
};

/** The activity a scanned scene names, or null for anything else (WeChat hands it URL-encoded: decode first). */
export const activityIdOfScene = (scene: string): string | null => {
  const match = ACTIVITY_SCENE.exec(scene);
  return match ? `act_${match[1]}` : null;
};
