import { activityIdOfScene, activitySceneOf, SCENE_MAX_LENGTH } from './activity-scene';

test('an activity id survives the scene round trip within WeChat’s 32 characters', () => {
  const activityId = 'act_Ab3dE6gH9jK2mN5pQ8sT';
  const scene = activitySceneOf(activityId);
  expect(scene).toBe('a=Ab3dE6gH9jK2mN5pQ8sT');
  expect(scene.length).toBeLessThanOrEqual(SCENE_MAX_LENGTH);
  expect(activityIdOfScene(scene)).toBe(activityId);
  // WeChat hands the scene URL-encoded; the page decodes it first.
  expect(activityIdOfScene(decodeURIComponent(encodeURIComponent(scene)))).toBe(activityId);
});

test('anything else is not an activity', () => {
  expect(activityIdOfScene('')).toBeNull();
  expect(activityIdOfScene('a=short')).toBeNull();
  expect(activityIdOfScene('b=Ab3dE6gH9jK2mN5pQ8sT')).toBeNull();
  expect(activityIdOfScene('a=Ab3dE6gH9jK2mN5pQ8sT&x=1')).toBeNull();
  expect(() => activitySceneOf('act-leifeng')).toThrow();
});
