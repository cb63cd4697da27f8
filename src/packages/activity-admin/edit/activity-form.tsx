import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { Activity } from '@core/activity.types';
import { FormField } from '@/components/form-field';
import { PhotoPicker } from '@/components/photo-picker';
import { daysFrom, planningDays } from '@/format/day-bounds';
import { shanghaiToday } from '@/format/shanghai-day';
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
  const { draft, change, errors } = form;
  // Editing keeps an activity's past days choosable; a new one starts today at the earliest.
  const [bounds] = useState(() =>
    planningDays(shanghaiToday(), saved && draft.opensDay < draft.startDay ? draft.opensDay : draft.startDay),
  );
  const endBounds = daysFrom(draft.startDay || bounds.start, 7, bounds.start);
  const textRow = (key: 'title' | 'place', label: string, maxlength: number, placeholder: string) => (
    <FormField name={key} label={label} required error={errors[key]} className={`activity-form__${key}`}>
      <Input
        className="activity-admin__input"
        value={draft[key]}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => change({ [key]: e.detail.value })}
      />
    </FormField>
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
        <CircleField circle={draft.circle} radius={draft.radius} radiusError={errors.radius} onChange={change} />
        <DayClockField
          name="start"
          label="开始"
          required
          error={errors.start}
          className="activity-form__start"
          day={draft.startDay}
          clock={draft.startClock}
          startDay={bounds.start}
          endDay={bounds.end}
          onChange={form.setStart}
        />
        <DayClockField
          name="end"
          label="结束"
          required
          error={errors.end}
          className="activity-form__end"
          day={draft.endDay}
          clock={draft.endClock}
          startDay={endBounds.start}
          endDay={endBounds.end}
          onChange={(endDay, endClock) => change({ endDay, endClock })}
        />
        <View className="activity-admin__actions">
          <Button variant="text" className="activity-admin__link activity-form__start-now" onClick={form.startNow}>
            现在开始
          </Button>
        </View>
        <DayClockField
          name="opens"
          label="报名开始"
          required
          error={errors.opens}
          startDay={bounds.start}
          endDay={draft.startDay || bounds.end}
          className="activity-form__opens"
          day={draft.opensDay}
          clock={draft.opensClock}
          onChange={(opensDay, opensClock) => change({ opensDay, opensClock })}
        />
        <DayClockField
          name="closes"
          label="报名截止"
          required
          error={errors.closes}
          startDay={bounds.start}
          endDay={draft.endDay || draft.startDay || bounds.end}
          className="activity-form__closes"
          day={draft.closesDay}
          clock={draft.closesClock}
          onChange={form.setCloses}
          placeholder="同活动开始"
        />
        <FormField name="capacity" label="名额" required error={errors.capacity} className="activity-form__capacity">
          <Input
            className="activity-admin__input"
            type="number"
            value={draft.capacity}
            maxlength={4}
            onInput={(e) => change({ capacity: e.detail.value })}
          />
        </FormField>
        <Text className="activity-admin__hint">时间均为北京时间</Text>
      </View>

      <AudienceField
        isAdmin={isAdmin}
        ledTeamIds={ledTeamIds}
        kind={draft.audience}
        orgUnitIds={draft.orgUnitIds}
        teamId={draft.teamId}
        error={errors.audience}
        onChange={({ kind, orgUnitIds, teamId }) => change({ audience: kind, orgUnitIds, teamId })}
      />
      <HoursField draft={draft} errors={errors} onChange={change} />

      <Button className="activity-admin__submit activity-form__submit" variant="primary" disabled={form.sending} onClick={form.submit}>
        {form.sending ? (form.editing ? '保存中…' : '发布中…') : form.editing ? '保存修改' : '发布'}
      </Button>
    </View>
  );
}
