import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { fieldAnchorId } from '@/hooks/field-errors';
import './index.scss';

export interface FormFieldProps {
  /** The field's key in the form (and in `useFieldErrors`): the row's scroll anchor. */
  name: string;
  /** The Chinese label. */
  label: string;
  /** Marks the label with the kit's required mark (read as 必填). */
  required?: boolean;
  /** The field's error, shown right under its row; cleared by the form once fixed. */
  error?: string;
  /** A class for the row (tests address fields by it). */
  className?: string;
  /** Label above a full-width control (textarea, photos, chips) instead of beside it. */
  stacked?: boolean;
  /** A grey line under the control (limits, what the field is for). */
  hint?: string;
  children: ReactNode;
}

/** The required mark after a label: the theme's brand asterisk, named 必填 for screen readers. */
export function RequiredMark() {
  return (
    <Text className="form-field__required" aria-label="必填">
      *
    </Text>
  );
}

/** A field's error line (a row's, or a card's such as 参与范围), announced when it appears. */
export function FieldError({ error }: { error?: string }) {
  if (!error) return null;
  return (
    <Text className="form-field__error" aria-live="polite">
      {error}
    </Text>
  );
}

/** A form row: label (with its required mark), the control, and its error beside it. */
export function FormField({ name, label, required, error, className, stacked, hint, children }: FormFieldProps) {
  return (
    <View id={fieldAnchorId(name)} className={`form-field ${error ? 'form-field--invalid' : ''} ${className ?? ''}`}>
      <View className={stacked ? 'form-field__stack' : 'form-field__row'}>
        <Text className="form-field__label">
          {label}
          {required && <RequiredMark />}
        </Text>
        {children}
      </View>
      {hint && <Text className="form-field__hint">{hint}</Text>}
      <FieldError error={error} />
    </View>
  );
}
