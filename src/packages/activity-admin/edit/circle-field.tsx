import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { FormField } from '@/components/form-field';
import { Button } from '@/components/button';

export interface CircleFieldProps {
  circle: { latitude: number; longitude: number } | null;
  /** Metres, as typed. */
  radius: string;
  /** The form's error for the radius. */
  radiusError?: string;
  onChange: (change: { circle?: { latitude: number; longitude: number } | null; radius?: string }) => void;
}

/**
 * 签到范围 (optional): the centre is where the organiser stands when setting it up, in GCJ-02 as
 * the students' `getLocation` reports it, so the two compare without conversion.
 */
export function CircleField({ circle, radius, radiusError, onChange }: CircleFieldProps) {
  const [locating, setLocating] = useState(false);
  const [error, setError] = useState('');

  async function locateHere() {
    if (locating) return;
    setLocating(true);
    setError('');
    try {
      const here = await Taro.getLocation({ type: 'gcj02', isHighAccuracy: true });
      onChange({ circle: { latitude: here.latitude, longitude: here.longitude } });
    } catch {
      setError('无法获取当前位置，请在设置中允许使用位置信息后重试');
    } finally {
      setLocating(false);
    }
  }

  return (
    <View className="circle-field">
      <View className="activity-admin__field">
        <Text className="activity-admin__label">签到范围</Text>
        {circle ? (
          <Text className="activity-admin__line circle-field__centre">
            已设置中心（{circle.latitude.toFixed(5)}, {circle.longitude.toFixed(5)}）
          </Text>
        ) : (
          <Text className="activity-admin__hint">不限位置</Text>
        )}
      </View>
      {circle && (
        <FormField name="radius" label="半径（米）" required error={radiusError} className="circle-field__radius">
          <Input
            className="activity-admin__input"
            type="number"
            value={radius}
            maxlength={4}
            onInput={(e) => onChange({ radius: e.detail.value })}
          />
        </FormField>
      )}
      <View className="activity-admin__actions">
        {circle && (
          <Button className="circle-field__clear" onClick={() => onChange({ circle: null })}>
            不限位置
          </Button>
        )}
        <Button className="circle-field__here" variant="primary" block={false} disabled={locating} onClick={() => void locateHere()}>
          {locating ? '定位中…' : '使用当前位置'}
        </Button>
      </View>
      {error && <Text className="activity-admin__error">{error}</Text>}
    </View>
  );
}
