import { useEffect, useState } from 'react';
import type { QuestionSummary } from '@core/qa.types';
import { similarQuestions } from '@/services/qa';
import { TITLE_MIN } from '../shared/post-rules';

/** Quiet time after the last keystroke before asking: one call per typing burst, not per key. */
const DEBOUNCE_MS = 500;

/** Existing questions whose titles resemble `title`, looked up once typing pauses. */
export function useSimilarQuestions(title: string): QuestionSummary[] {
  const [items, setItems] = useState<QuestionSummary[]>([]);
  const trimmed = title.trim();

  useEffect(() => {
    if (trimmed.length < TITLE_MIN) {
      setItems([]);
      return undefined;
    }
    let current = true;
    const timer = setTimeout(async () => {
      const reply = await similarQuestions(trimmed);
      // A failed lookup only hides the hint; asking still works.
      if (current) setItems(reply.ok ? reply.data.items : []);
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [trimmed]);

  return items;
}
