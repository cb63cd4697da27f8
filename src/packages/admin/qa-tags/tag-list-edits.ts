/** The catalogue edits of the 问答标签 page, pure so the page only saves what they answer. */
export const moveTag = (tags: readonly string[], index: number, by: -1 | 1): string[] => {
  const target = index + by;
  if (target < 0 || target >= tags.length) return [...tags];
  const moved = [...tags];
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
};

export const renameTag = (tags: readonly string[], index: number, name: string): string[] =>
  tags.map((tag, i) => (i === index ? name : tag));

export const removeTag = (tags: readonly string[], index: number): string[] => tags.filter((_, i) => i !== index);
