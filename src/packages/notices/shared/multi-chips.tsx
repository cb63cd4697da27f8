import { View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import '@/components/choice-chips/index.scss';

export interface MultiChip {
  value: string;
  label: string;
  className?: string;
}

/** Several-of-many as chips (the look of components/choice-chips; NutUI's Checkbox draws icons weapp cannot render). */
export function MultiChips({ choices, value, onChange }: { choices: MultiChip[]; value: string[]; onChange: (value: string[]) => void }) {
  return (
    <View className="choice-chips">
      {choices.map((choice) => {
        const active = value.includes(choice.value);
        return (
          <Chip
            key={choice.value}
            className={`choice-chips__chip ${choice.className ?? ''}`}
            selected={active}
            onClick={() => onChange(active ? value.filter((item) => item !== choice.value) : [...value, choice.value])}
          >
            {choice.label}
          </Chip>
        );
      })}
    </View>
  );
}
