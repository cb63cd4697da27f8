import { useCallback, useRef, useState } from 'react';
import { scrollToField } from '@/feedback/scroll-to-field';
import { type FieldErrors, firstErrorField, recheckErrors, serverFieldError, withoutFields } from './field-errors';

/**
 * A form's field errors, the one way every form shows them: beside their field (`FormField`'s
 * `error`), never also as a toast; the first scrolled into view on submit; each gone once its field
 * is fixed. `order` lists the fields top to bottom.
 */
export function useFieldErrors<K extends string>(order: readonly K[]) {
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const shown = useRef<FieldErrors<K>>({});
  const fields = useRef(order);
  fields.current = order;
  const update = useCallback((next: FieldErrors<K>) => {
    shown.current = next;
    setErrors(next);
  }, []);

  /** Submit: shows `found` and scrolls to the first; true when there is anything to fix. */
  const show = useCallback(
    (found: FieldErrors<K>): boolean => {
      update(found);
      const first = firstErrorField(found, fields.current);
      if (first) scrollToField(first);
      return first !== null;
    },
    [update],
  );

  /** After a change: `found` is the check of the changed form; errors of fixed fields go. */
  const recheck = useCallback((found: FieldErrors<K>) => update(recheckErrors(shown.current, found)), [update]);

  /** After a change to fields the form does not check itself: their errors go. */
  const clear = useCallback((...changed: string[]) => update(withoutFields(shown.current, changed)), [update]);

  /**
   * A server refusal: beside its field when it names one of `labels` (returns true), else the
   * caller toasts it.
   */
  const showServer = useCallback(
    (message: string, labels: Partial<Record<K, string>>): boolean => {
      const found = serverFieldError(message, labels);
      if (!found) return false;
      show({ [found.field]: found.message } as FieldErrors<K>);
      return true;
    },
    [show],
  );

  return { errors, show, recheck, clear, showServer, reset: useCallback(() => update({}), [update]) };
}
