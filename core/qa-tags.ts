/**
 * The tags a question may carry until an admin edits the list (`qa.saveTags`). Kept in core so
 * the app can show them before the first call and a fresh deployment needs no seed.
 */
export const DEFAULT_QA_TAGS: readonly string[] = ['保养', '轮胎', '电瓶', '空调', '事故', '电脑', '其他'];

/** How many tags one question may carry, and how many the catalogue may hold. */
export const MAX_TAGS_PER_QUESTION = 3;
export const MAX_CATALOGUE_TAGS = 30;
