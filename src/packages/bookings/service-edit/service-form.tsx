import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import Taro from '@tarojs/taro';
import { Button } from '@/components/button';
import { AUDIENCES, audienceLabels, type Audience, type BookableService, type DetailsKind } from '@core/booking.types';
import { ChoiceChips } from '@/components/choice-chips';
import { toastSuccess } from '@/feedback/toast';
import { saveService } from '@/services/bookings';

export interface ServiceFormProps {
  teamId: string;
  /** The service being edited; absent when creating one. */
  service?: BookableService;
}

const MIN_DURATION = 5;
const MAX_DURATION = 8 * 60;

const kindLabels: Record<DetailsKind, string> = { car: '填写车辆信息', pc: '填写电脑信息', none: '无需额外信息' };

/** The contract's field names in the server's validation message, as the form labels them. */
const fieldLabels: Record<string, string> = {
  name: '服务名称',
  description: '服务简介',
  durationMinutes: '服务时长',
  place: '服务地点',
  bring: '请携带',
  audience: '可预约人群',
  detailsKind: '预约信息',
  active: '状态',
  order: '排序',
};

/** `提交的信息有误：place 至少 1 个字` → `提交的信息有误：服务地点 至少 1 个字`. */
export const withFieldLabels = (message: string) =>
  message.replace(/：([A-Za-z]+)(?=[.\s])/, (whole, field: string) => (fieldLabels[field] ? `：${fieldLabels[field]}` : whole));

interface Draft {
  name: string;
  description: string;
  duration: string;
  place: string;
  bring: string;
  audience: Audience[];
  detailsKind: DetailsKind;
  active: boolean;
}

/** The first problem, in the contract's own words, or ''. The server checks everything again. */
function problemOf(draft: Draft): string {
  const duration = Number(draft.duration);
  if (!draft.name.trim()) return '请填写服务名称';
  if (!draft.duration.trim() || !Number.isInteger(duration) || duration < MIN_DURATION || duration > MAX_DURATION)
    return `服务时长应为 ${MIN_DURATION}–${MAX_DURATION} 分钟的整数`;
  if (!draft.place.trim()) return '请填写服务地点';
  if (!draft.audience.length) return '请至少选择一类可预约人群';
  return '';
}

/** 编辑服务项目: everything a booker reads before booking; the booking window and order are kept as they are. */
export function ServiceForm({ teamId, service }: ServiceFormProps) {
  const [draft, setDraft] = useState<Draft>(() => ({
    name: service?.name ?? '',
    description: service?.description ?? '',
    duration: String(service?.durationMinutes ?? 30),
    place: service?.place ?? '',
    bring: service?.bring ?? '',
    audience: service?.audience ?? ['staff'],
    detailsKind: service?.detailsKind ?? 'none',
    active: service?.active ?? true,
  }));
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const toggleAudience = (audience: Audience) =>
    set(
      'audience',
      draft.audience.includes(audience) ? draft.audience.filter((entry) => entry !== audience) : [...draft.audience, audience],
    );

  async function submit() {
    if (sending) return;
    const problem = problemOf(draft);
    setError(problem);
    if (problem) return;
    setSending(true);
    const reply = await saveService({
      ...(service ? { serviceId: service.serviceId, order: service.order } : {}),
      teamId,
      name: draft.name.trim(),
      description: draft.description.trim(),
      durationMinutes: Number(draft.duration),
      place: draft.place.trim(),
      bring: draft.bring.trim(),
      // In the catalogue's order, whatever order they were tapped in.
      audience: AUDIENCES.filter((audience) => draft.audience.includes(audience)),
      detailsKind: draft.detailsKind,
      active: draft.active,
    });
    setSending(false);
    if (!reply.ok) {
      setError(withFieldLabels(reply.message));
      return;
    }
    toastSuccess(service ? '已保存' : '已添加');
    void Taro.navigateBack();
  }

  const textRow = (name: 'name' | 'place' | 'bring', label: string, maxlength: number, placeholder: string) => (
    <View className={`bookings-page__field service-form__${name}`}>
      <Text className="bookings-page__label">{label}</Text>
      <Input
        className="bookings-page__input"
        value={draft[name]}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => set(name, e.detail.value)}
      />
    </View>
  );

  return (
    <View className="service-form">
      <View className="bookings-page__card">
        {textRow('name', '服务名称', 20, '例如 洗车、系统重装')}
        <View className="bookings-page__field service-form__duration">
          <Text className="bookings-page__label">时长（分钟）</Text>
          <Input
            className="bookings-page__input"
            type="number"
            value={draft.duration}
            maxlength={3}
            onInput={(e) => set('duration', e.detail.value)}
          />
        </View>
        {textRow('place', '服务地点', 40, '例如 实训中心汽车维护工位')}
        {textRow('bring', '请携带', 100, '例如 车钥匙（选填）')}
        <Textarea
          className="bookings-page__textarea service-form__description"
          value={draft.description}
          maxlength={300}
          placeholder="服务简介（选填），预约人在服务页可以看到"
          onInput={(e) => set('description', e.detail.value)}
        />
      </View>
      <Text className="bookings-page__section">可预约人群（可多选）</Text>
      <View className="choice-chips">
        {AUDIENCES.map((audience) => (
          <Chip
            key={audience}
            className={`choice-chips__chip service-form__audience--${audience}`}
            selected={draft.audience.includes(audience)}
            onClick={() => toggleAudience(audience)}
          >
            {audienceLabels[audience]}
          </Chip>
        ))}
      </View>
      <Text className="bookings-page__section">预约时需要</Text>
      {service ? (
        // Slots already published carry the kind, so it is chosen once, when the service is created.
        <Text className="bookings-page__hint">{kindLabels[draft.detailsKind]}（创建后不可更改）</Text>
      ) : (
        <ChoiceChips
          value={draft.detailsKind}
          choices={(['car', 'pc', 'none'] as const).map((kind) => ({
            value: kind,
            label: kindLabels[kind],
            className: `service-form__kind--${kind}`,
          }))}
          onChange={(kind) => set('detailsKind', kind)}
        />
      )}
      <Text className="bookings-page__section">状态</Text>
      <ChoiceChips
        value={draft.active ? 'active' : 'inactive'}
        choices={[
          { value: 'active', label: '可预约', className: 'service-form__active--on' },
          { value: 'inactive', label: '停用', className: 'service-form__active--off' },
        ]}
        onChange={(value) => set('active', value === 'active')}
      />
      {!draft.active && <Text className="bookings-page__hint">停用后“服务”页不再显示该项目，已发布的时段和预约不受影响</Text>}
      {error && <Text className="bookings-page__error service-form__error">{error}</Text>}
      <Button className="bookings-page__submit service-form__submit" variant="primary" disabled={sending} onClick={submit}>
        {sending ? '保存中…' : '保存'}
      </Button>
    </View>
  );
}
