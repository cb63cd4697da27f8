import { Input, Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Activity } from '@core/activity.types';
import { PhotoPicker } from '@/components/photo-picker';
import { DayClockField } from '../shared/day-clock-picker';
import { AudienceField } from './audience-field';
import { CircleField } from './circle-field';
import { HoursField } from './hours-field';
import { TemplateSection } from './template-section';
import { useActivityForm } from './use-activity-form';

export interface ActivityFormProps {
  isAdmin: boolean;
  ledTeamIds: string[];
  /** The activity being edited; absent when creating one. */
  saved?: Activity;
}

/** 发布活动 / 修改活动: every field of the contract, a template to start from, Shanghai days and clocks. */
export function ActivityForm({ isAdmin, ledTeamIds, saved }: ActivityFormProps) {
  // A leader's activity is for their own team; start with the first one they lead.
  const form = useActivityForm(saved, isAdmin ? '' : (ledTeamIds[0] ?? ''));
  const { draft, change } = form;
  const textRow = (key: 'title' | 'place', label: string, maxlength: number, placeholder: string) => (
    <View className={`activity-admin__field activity-form__${key}`}>
      <Text className="activity-admin__label">{label}</Text>
      <Input
        className="activity-admin__input"
        value={draft[key]}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => change({ [key]: e.detail.value })}
      />
    </View>
  );

  return (
    <View className="activity-admin activity-form">
      {!form.editing && <TemplateSection chosen={draft.templateKey} onChoose={form.chooseTemplate} />}
      <View className="activity-admin__card">
        {textRow('title', '活动名称', 40, '2–40 个字')}
        <Textarea
          className="activity-admin__textarea activity-form__description"
          value={draft.description}
          maxlength={1000}
          placeholder="活动介绍（选填）：内容、集合方式、注意事项"
          onInput={(e) => change({ description: e.detail.value })}
        />
        <Text className="activity-admin__label">封面（选填）</Text>
        <PhotoPicker
          purpose="activity-cover"
          value={draft.coverFileIds}
          onChange={(coverFileIds) => change({ coverFileIds })}
          max={1}
          deleteOnRemove={!saved}
          disabled={form.sending}
          onUploadingChange={form.setUploading}
        />
      </View>

      <View className="activity-admin__card">
        <Text className="activity-admin__card-title">时间与地点</Text>
        {textRow('place', '活动地点', 40, '例如 学校东门广场')}
        <CircleField circle={draft.circle} radius={draft.radius} onChange={change} />
        <DayClockField
          label="开始"
          className="activity-form__start"
          day={draft.startDay}
          clock={draft.startClock}
          onChange={form.setStart}
        />
        <DayClockField
          label="结束"
          className="activity-form__end"
          day={draft.endDay}
          clock={draft.endClock}
          onChange={(endDay, endClock) => change({ endDay, endClock })}
        />
        <View className="activity-admin__actions">
          <Text className="activity-admin__link activity-form__start-now" onClick={form.startNow}>
            现在开始
          </Text>
        </View>
        <DayClockField
          label="报名开始"
          className="activity-form__opens"
          day={draft.opensDay}
          clock={draft.opensClock}
          onChange={(opensDay, opensClock) => change({ opensDay, opensClock })}
        />
        <DayClockField
          label="报名截止"
          className="activity-form__closes"
          day={draft.closesDay}
          clock={draft.closesClock}
          onChange={form.setCloses}
          placeholder="同活动开始"
        />
        <View className="activity-admin__field activity-form__capacity">
          <Text className="activity-admin__label">名额</Text>
          <Input
            className="activity-admin__input"
            type="number"
            value={draft.capacity}
            maxlength={4}
            onInput={(e) => change({ capacity: e.detail.value })}
          />
        </View>
        <Text className="activity-admin__hint">时间均为北京时间</Text>
      </View>

      <AudienceField
        isAdmin={isAdmin}
        ledTeamIds={ledTeamIds}
        kind={draft.audience}
        orgUnitIds={draft.orgUnitIds}
        teamId={draft.teamId}
        onChange={({ kind, orgUnitIds, teamId }) => change({ audience: kind, orgUnitIds, teamId })}
      />
      <HoursField draft={draft} onChange={change} />

      {form.error && <Text className="activity-admin__error activity-form__error">{form.error}</Text>}
      <Button className="activity-admin__submit activity-form__submit" type="primary" block disabled={form.sending} onClick={form.submit}>
        {form.sending ? (form.editing ? '保存中…' : '发布中…') : form.editing ? '保存修改' : '发布'}
      </Button>
    </View>
  );
}
