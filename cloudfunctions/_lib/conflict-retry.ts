import { isTransactionConflict } from './database-error';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The SDK's runTransaction retries a conflict 3 times back to back, which under real contention
 * (many admins, many taps) can all collide again. This adds a few jittered rounds on top; a
 * conflict that survives them leaves as CONFLICT ("please retry"), never as a half-applied write.
 */
export const retryOnConflict = async <T>(attempt: () => Promise<T>, rounds = 4): Promise<T> => {
  for (let round = 1; ; round += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isTransactionConflict(error) || round >= rounds) throw error;
      await sleep(5 + Math.random() * 25 * round);
    }
  }
};
