import { qaContract } from '@core/qa.contract';
import { defineFunction } from '../_lib/define-function';
import { accept } from './actions/accept';
import { answer } from './actions/answer';
import { ask } from './actions/ask';
import { deletePost } from './actions/delete-post';
import { editAnswer } from './actions/edit-answer';
import { editQuestion } from './actions/edit-question';
import { getQuestion } from './actions/get-question';
import { feed } from './actions/feed';
import { moderate } from './actions/moderate';
import { report } from './actions/report';
import { reviewQueue } from './actions/review-queue';
import { search } from './actions/search';
import { similar } from './actions/similar';
import { listTags } from './actions/list-tags';
import { saveTags } from './actions/save-tags';
import { authorOfPost } from './post-author';

/** `qa`: questions, answers, the feed, search and moderation of the 智慧车服服务群. */
export const qaFunction = defineFunction({
  name: 'qa',
  contract: qaContract,
  handlers: {
    ask,
    answer,
    accept,
    feed,
    search,
    similar,
    getQuestion,
    editQuestion,
    editAnswer,
    deletePost,
    report,
    moderate,
    reviewQueue,
    listTags,
    saveTags,
  },
  owners: { qaPost: authorOfPost },
});

export const main = qaFunction.main;
