import { View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import './index.scss';

export interface Choice<Value extends string> {
  value: Value;
  label: string;
  /** Extra class for this chip, so tests and styles can address one choice. */
  className?: string;
}

export interface ChoiceChipsProps<Value extends string> {
  choices: Choice<Value>[];
  /** The chosen value; '' (or any value not listed) shows none chosen. */
  value: Value | '';
  onChange: (value: Value) => void;
}

/**
 * One-of-several choice as tappable chips. Used instead of NutUI's Radio because its check
 * icons render as an HTML `<i>`, which the weapp build has no template for (they vanish).
 */
export function ChoiceChips<Value extends string>({ choices, value, onChange }: ChoiceChipsProps<Value>) {
  return (
    <View className="choice-chips">
      {choices.map((choice) => (
        <Chip
          key={choice.value}
          className={`choice-chips__chip ${choice.className ?? ''}`}
          selected={choice.value === value}
          onClick={() => onChange(choice.value)}
        >
          {choice.label}
        </Chip>
      ))}
    </View>
  );
}
