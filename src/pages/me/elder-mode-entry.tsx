import { useState } from 'react';
import { Switch } from '@tarojs/components';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { isElderMode, setElderMode } from '@/accessibility/font-scale';
import { brandColor } from '@/styles/colors';

/** 长辈模式: larger type and touch areas for community members booking the computer clinic; remembered. */
export function ElderModeEntry() {
  const [on, setOn] = useState(isElderMode);
  const toggle = (next: boolean) => {
    setElderMode(next);
    setOn(next);
  };
  return (
    <CellGroup className="me-page__actions">
      <Cell
        className="me-page__elder"
        title="长辈模式"
        description={on ? '已开启：字更大，按钮更大' : '字更大、按钮更大，看得清、点得准'}
        extra={
          <Switch
            className="me-page__elder-switch"
            checked={on}
            color={brandColor}
            aria-label="长辈模式"
            onChange={(event) => toggle(event.detail.value)}
          />
        }
      />
    </CellGroup>
  );
}
