import { qaContract } from '@core/qa.contract';
import { defineFunction } from '../_lib/define-function';
import { acceptAnswer } from './accept-answer.handler';
import { answerQuestion } from './answer-question.handler';
import { askQuestion } from './ask-question.handler';
import { deletePost } from './delete-post.handler';
import { editAnswer } from './edit-answer.handler';
import { editQuestion } from './edit-question.handler';
import { getQuestion } from './get-question.handler';
import { loadFeed } from './load-feed.handler';
import { moderatePost } from './moderate-post.handler';
import { reportPost } from './report-post.handler';
import { reviewQueue } from './review-queue.handler';
import { searchQuestions } from './search-questions.handler';
import { similarQuestions } from './similar-questions.handler';
import { listTags, saveTags } from './tag-catalogue.handler';

/** `qa`: questions, answers, the feed, search and moderation of the 智慧车服服务群. */
export const qaFunction = defineFunction({
  name: 'qa',
  contract: qaContract,
  handlers: {
    ask: askQuestion,
    answer: answerQuestion,
    accept: acceptAnswer,
    feed: loadFeed,
    search: searchQuestions,
    similar: similarQuestions,
    getQuestion,
    editQuestion,
    editAnswer,
    deletePost,
    report: reportPost,
    moderate: moderatePost,
    reviewQueue,
    listTags,
    saveTags,
  },
});

export const main = qaFunction.main;
