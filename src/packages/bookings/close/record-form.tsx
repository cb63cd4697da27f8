import { useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@/components/button';
import type { Booking } from '@core/booking.types';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { closeJob } from '@/services/bookings';
import { TeamRoster } from './team-roster';
import './record-form.scss';

export interface RecordFormProps {
  /** The job being closed (in service, with its volunteer). */
  booking: Booking;
  /**
   * The viewer leads the team: may add minutes for other team members (the roster is leader-only)
   * and credit more than the slot's length with a reason. @default false
   */
  isLeader?: boolean;
}

const MAX_SUMMARY = 500;
const MAX_MINUTES = 12 * 60;
const MAX_REASON = 100;
/** The server accepts at most 10 rows. */
const MAX_VOLUNTEERS = 10;

/** The slot's length is the usual answer, so it is the default. */
const slotMinutes = (booking: Booking) => Math.round((Date.parse(booking.endAt) - Date.parse(booking.startAt)) / 60_000);

/** 服务记录: what was done and minutes per volunteer; the leader's confirmation turns them into hours. */
export function RecordForm({ booking, isLeader = false }: RecordFormProps) {
  const [volunteers, setVolunteers] = useState(() => (booking.volunteer ? [booking.volunteer] : []));
  const [summary, setSummary] = useState('');
  const [minutes, setMinutes] = useState<Record<string, string>>(() =>
    Object.fromEntries(volunteers.map((volunteer) => [volunteer.openid, String(slotMinutes(booking))])),
  );
  const [overLengthReason, setOverLengthReason] = useState('');
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);

  function add(volunteer: { openid: string; name: string }) {
    if (volunteers.length >= MAX_VOLUNTEERS) return;
    setVolunteers((previous) => [...previous, { openid: volunteer.openid, name: volunteer.name }]);
    setMinutes((previous) => ({ ...previous, [volunteer.openid]: previous[volunteer.openid] ?? String(slotMinutes(booking)) }));
  }

  const remove = (openid: string) => setVolunteers((previous) => previous.filter((volunteer) => volunteer.openid !== openid));

  const length = slotMinutes(booking);
  const rows = volunteers.map((volunteer) => ({ openid: volunteer.openid, minutes: Number(minutes[volunteer.openid]) }));
  // The server caps each row at the slot's length; only a leader's reason lets more through.
  const overLength = rows.some((row) => row.minutes > length);
  const overLimit = `服务时长不能超过时段长度 ${length} 分钟；如确需超出，请由队长填写原因`;

  async function submit() {
    if (sending) return;
    const reason = overLengthReason.trim();
    const problem = !summary.trim()
      ? '请填写服务内容'
      : !rows.length
        ? '请填写志愿者服务时长'
        : rows.some((row) => !Number.isInteger(row.minutes) || row.minutes < 1 || row.minutes > MAX_MINUTES)
          ? `服务时长应为 1–${MAX_MINUTES} 分钟的整数`
          : overLength && !isLeader
            ? overLimit
            : overLength && !reason
              ? '请填写超出时段长度的原因'
              : '';
    setError(problem);
    if (problem) return;
    setSending(true);
    const reply = await closeJob({
      bookingId: booking.bookingId,
      summary: summary.trim(),
      minutes: rows,
      ...(overLength ? { overLengthReason: reason } : {}),
    });
    setSending(false);
    if (!reply.ok) {
      toastMessage(reply.message);
      return;
    }
    toastSuccess('服务已完成');
    void Taro.navigateBack();
  }

  return (
    <View className="record-form">
      <View className="bookings-page__card">
        <Text className="bookings-page__label">服务内容</Text>
        <Textarea
          className="bookings-page__textarea record-form__summary"
          value={summary}
          maxlength={MAX_SUMMARY}
          placeholder="例如 车身清洗、轮毂清洁，已补充玻璃水"
          onInput={(e) => setSummary(e.detail.value)}
        />
      </View>
      <Text className="bookings-page__section">志愿者服务时长（分钟）</Text>
      <View className="bookings-page__card">
        {volunteers.map((volunteer) => (
          <View key={volunteer.openid} className={`bookings-page__field record-form__minutes record-form__minutes--${volunteer.openid}`}>
            <Text className="bookings-page__label">{volunteer.name}</Text>
            <Input
              className="bookings-page__input"
              type="number"
              value={minutes[volunteer.openid] ?? ''}
              maxlength={3}
              onInput={(e) => setMinutes((previous) => ({ ...previous, [volunteer.openid]: e.detail.value }))}
            />
            {volunteer.openid !== booking.volunteer?.openid && (
              <Text className="record-form__remove" onClick={() => remove(volunteer.openid)}>
                移除
              </Text>
            )}
          </View>
        ))}
        {isLeader && volunteers.length < MAX_VOLUNTEERS && (
          <>
            <Text className="bookings-page__hint">其他参与的队员（点击添加）</Text>
            <TeamRoster teamId={booking.teamId} exclude={volunteers.map((volunteer) => volunteer.openid)} onAdd={add} />
          </>
        )}
        {overLength && !isLeader && <Text className="bookings-page__error record-form__over-limit">{overLimit}</Text>}
        <Text className="bookings-page__hint">
          {isLeader ? '队长确认服务记录后，时长计入志愿时长' : '队长确认服务记录后，时长计入志愿时长；仅队长可为其他队员填写时长'}
        </Text>
      </View>
      {overLength && isLeader && (
        <View className="bookings-page__card record-form__over-length">
          <View className="bookings-page__field">
            <Text className="bookings-page__label">超出原因</Text>
            <Input
              className="bookings-page__input record-form__over-reason"
              value={overLengthReason}
              maxlength={MAX_REASON}
              placeholder="例如 车主临时加洗内饰"
              onInput={(e) => setOverLengthReason(e.detail.value)}
            />
          </View>
          <Text className="bookings-page__hint">时长超出时段长度 {length} 分钟，需填写原因；原因会记入服务记录和预约记录</Text>
        </View>
      )}
      {error && <Text className="bookings-page__error record-form__error">{error}</Text>}
      <Button className="bookings-page__submit record-form__submit" variant="primary" disabled={sending} onClick={submit}>
        {sending ? '提交中…' : '提交服务记录'}
      </Button>
    </View>
  );
}
