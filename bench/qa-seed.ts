import * as tcb from '@cloudbase/node-sdk';
import { questionGrams } from '../core/qa-search-grams';
import type { QuestionDocument } from '../cloudfunctions/qa/question.repository';

const TAGS = ['保养', '轮胎', '电瓶', '空调', '事故', '电脑'];
const TOPICS = ['胎压灯亮了怎么办', '电瓶亏电打不着火', '空调不制冷', '保养周期多久一次', '电脑开机很慢', '轮胎鼓包还能开吗'];
const BATCH = 500;

/**
 * Inserts `count` questions straight through the SDK (batched adds), shaped exactly as `qa.ask`
 * stores them, with their tag rows; createdAt one second apart so paging order is known.
 * Answers the questions' ids newest first.
 */
export const seedQuestions = async (count: number, startAt = Date.UTC(2024, 0, 1), prefix = 'b'): Promise<string[]> => {
  const db = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database();
  const ids: string[] = [];
  for (let from = 0; from < count; from += BATCH) {
    const questions: QuestionDocument[] = [];
    const entries: Record<string, unknown>[] = [];
    for (let i = from; i < Math.min(count, from + BATCH); i++) {
      const id = `q_${prefix}${String(i).padStart(9, '0')}`;
      const createdAt = new Date(startAt + i * 1000);
      const tag = TAGS[i % TAGS.length];
      const title = `${TOPICS[i % TOPICS.length]} 第${i}问`;
      const body = `车辆情况说明 ${i}：${TOPICS[(i * 7) % TOPICS.length]}，请志愿者帮忙看看。`;
      questions.push({
        _id: id,
        authorOpenid: `bench-${i % 50}`,
        authorName: '压测用户',
        title,
        body,
        tags: [tag],
        photos: [],
        searchGrams: questionGrams(title, body),
        visibility: 'visible',
        answerState: i % 3 === 0 ? 'none' : 'answered',
        answerCount: i % 3 === 0 ? 0 : 1,
        acceptedAnswerId: null,
        reportCount: 0,
        hiddenBy: null,
        hiddenAt: null,
        moderationReason: null,
        createdAt,
        updatedAt: createdAt,
      });
      entries.push({ _id: `${id}:${tag}`, tag, questionId: id, visibility: 'visible', createdAt });
      ids.push(id);
    }
    await db.collection('qa_tag_entries').add(entries);
    await db.collection('qa_questions').add(questions);
  }
  return ids.reverse();
};
