import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { ACTIVITY_TEMPLATES, type ActivityTemplate } from '@core/activity-templates';
import { ChoiceChips } from '@/components/choice-chips';

/** What the committee calls each campaign; the template's title is the full activity name. */
const chipLabels: Record<string, string> = {
  leifeng: '学雷锋日',
  qingming: '清明',
  sanyuesan: '三月三',
  'labour-day': '五一',
  'youth-day': '五四',
  graduation: '毕业季',
  'mid-autumn': '中秋',
  'martyrs-day': '烈士纪念日',
  'national-day': '国庆',
};

/** `03-05` → `3月5日` */
const monthDayLabel = (monthDay: string) => `${Number(monthDay.slice(0, 2))}月${Number(monthDay.slice(3, 5))}日`;

export interface TemplateSectionProps {
  /** The template applied last, if any. */
  chosen: string | null;
  onChoose: (template: ActivityTemplate) => void;
}

/** 从模板创建: the yearly key-date campaigns; choosing one pre-fills the form, which stays editable. */
export function TemplateSection({ chosen, onChoose }: TemplateSectionProps) {
  const [open, setOpen] = useState(false);
  const template = ACTIVITY_TEMPLATES.find((entry) => entry.key === chosen);
  return (
    <View className="activity-admin__card template-section">
      <Button className="template-section__toggle" onClick={() => setOpen(!open)}>
        {open ? '收起模板' : '从模板创建'}
      </Button>
      {open && (
        <ChoiceChips
          choices={ACTIVITY_TEMPLATES.map((entry) => ({
            value: entry.key,
            label: chipLabels[entry.key] ?? entry.title,
            className: `template-chip template-chip--${entry.key}`,
          }))}
          value={chosen ?? ''}
          onChange={(key) => {
            const picked = ACTIVITY_TEMPLATES.find((entry) => entry.key === key);
            if (picked) onChoose(picked);
          }}
        />
      )}
      {template && (
        <Text className="activity-admin__hint template-section__note">
          {template.monthDay
            ? `已按模板填写，日期为最近的 ${monthDayLabel(template.monthDay)}`
            : '已按模板填写，该节日日期每年不同，请选择今年的日期'}
        </Text>
      )}
    </View>
  );
}
