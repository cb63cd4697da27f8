import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect } from 'react';
import { bookingStatusLabels } from '@core/booking-status';
import type { HomeBooking, HomeFeed } from '@core/users.contract';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { showNoticesOnTab } from '@/hooks/use-notice-badge';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { markMessagesRead } from '@/services/messages';
import { loadHome } from '@/services/users';
import emptyImage from '@/assets/empty/feed.svg';
import { ActivityCard } from './activity-card';
import { HomeCard, HomeLine } from './home-card';
import './index.scss';
import { slotText } from '@core/date-words';

/** A job line: service and time, then who booked it and (today's jobs) who serves it; 待指派 cards need no "待指派" on each line. */
const bookingLine = (booking: HomeBooking, withVolunteer: boolean) => (
  <HomeLine
    key={booking.bookingId}
    main={`${booking.serviceName} · ${slotText(booking)}`}
    hint={withVolunteer ? `${booking.bookerName} · ${booking.volunteerName ?? '待指派'}` : `预约人 ${booking.bookerName}`}
  />
);

/** Nothing to act on: say so, and what to do next (bind first, or book / sign up). */
function NothingNext({ feed }: { feed: HomeFeed }) {
  const member = feed.membershipStatus === 'approved';
  return (
    <View className="home-empty">
      <EmptyState
        image={emptyImage}
        title="暂时没有待办的事"
        hint={
          member
            ? '去「活动」报名志愿活动，或到「服务」预约汽车与电脑服务；新的进度会出现在这里，下拉即可刷新'
            : feed.membershipStatus === 'pending'
              ? '身份绑定正在审核，通过后即可报名活动、预约服务'
              : '先在「我的」绑定学号或工号，就能报名活动、预约服务'
        }
      />
      <Text className="home-empty__action" onClick={() => void Taro.switchTab({ url: member ? '/pages/activities/index' : routes.me })}>
        {member ? '去看看活动 ›' : '去绑定身份 ›'}
      </Text>
    </View>
  );
}

function Feed({ feed }: { feed: HomeFeed }) {
  const { nextActivities, nextBooking, answers, leader, admin } = feed;
  const nothing =
    nextActivities.length === 0 &&
    !nextBooking &&
    !answers.count &&
    !leader?.todayJobs.count &&
    !leader?.unassigned.count &&
    !admin?.applications.count &&
    !admin?.corrections.count;
  return (
    <View>
      {nextActivities.map((activity) => (
        <ActivityCard key={activity.activityId} activity={activity} />
      ))}
      {nextBooking ? (
        <HomeCard title="我的预约" page={`${routes.booking}?bookingId=${nextBooking.bookingId}`}>
          <View className="home-line">
            <Text className="home-line__main">{nextBooking.serviceName}</Text>
            <Text className={`home-tag home-tag--${nextBooking.status}`}>{bookingStatusLabels[nextBooking.status]}</Text>
          </View>
          <HomeLine main={slotText(nextBooking)} hint={nextBooking.place} />
          {nextBooking.volunteerName ? <HomeLine main={`志愿者：${nextBooking.volunteerName}`} /> : null}
        </HomeCard>
      ) : null}
      {answers.count ? (
        <HomeCard
          title="新回答"
          count={answers.count}
          more={answers.more}
          page={answers.items[0].page}
          onOpen={() => void markMessagesRead([answers.items[0].messageId])}
        >
          {/* Each answer opens its own question (and is read); the card's head opens the newest. */}
          {answers.items.map((message) => (
            <HomeLine
              key={message.messageId}
              main={message.body}
              page={message.page}
              onOpen={() => void markMessagesRead([message.messageId])}
            />
          ))}
        </HomeCard>
      ) : null}
      {leader?.todayJobs.count ? (
        <HomeCard title="今日工单" count={leader.todayJobs.count} more={leader.todayJobs.more} page={routes.schedule}>
          {leader.todayJobs.items.map((booking) => bookingLine(booking, true))}
        </HomeCard>
      ) : null}
      {leader?.unassigned.count ? (
        <HomeCard title="待指派的预约" count={leader.unassigned.count} more={leader.unassigned.more} page={`${routes.jobs}?scope=open`}>
          {leader.unassigned.items.map((booking) => bookingLine(booking, false))}
        </HomeCard>
      ) : null}
      {admin?.applications.count ? (
        <HomeCard title="入会申请待审核" count={admin.applications.count} more={admin.applications.more} page={routes.adminApplications}>
          <HomeLine
            main={admin.applications.items.map((application) => application.name).join('、')}
            hint={admin.applications.items.length > 1 ? '最早提交的在前' : undefined}
          />
        </HomeCard>
      ) : null}
      {admin?.corrections.count ? (
        <HomeCard title="补录申请待处理" count={admin.corrections.count} more={admin.corrections.more} page={routes.pendingCorrections}>
          {admin.corrections.items.map((correction) => (
            <HomeLine key={correction.correctionId} main={correction.activityTitle} hint={correction.name} />
          ))}
        </HomeCard>
      ) : null}
      {nothing ? <NothingNext feed={feed} /> : null}
      {/* Not a to-do: a leader's way to their team's numbers (no figures, so 首页 reads nothing more). */}
      {leader ? (
        <HomeCard title="本队数据" page={routes.teamStats}>
          <HomeLine main="本学期服务人次、认定时长、评价与月度趋势" />
        </HomeCard>
      ) : null}
    </View>
  );
}

export default function HomePage() {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(loadHome);
  usePullDownRefreshAction(reload);
  // The first show is the mount's load; later shows (back from a card's page) read again.
  useDidShow(() => {
    if (state.status !== 'loading') void reload();
  });
  const unread = state.status === 'ready' ? state.data.unreadNotices : null;
  useEffect(() => {
    if (unread !== null) showNoticesOnTab(unread);
  }, [unread]);
  return (
    <View>
      <View className="home-banner">
        <Text className="home-banner__title">星火志愿</Text>
        <Text className="home-banner__subtitle">党建 + 志愿服务 · 汽车与信息工程学院</Text>
      </View>
      <View className="home-notices" onClick={() => Taro.navigateTo({ url: routes.notices })}>
        <View className="home-notices__text">
          <Text className="home-notices__title">团委通知</Text>
          <Text className="home-notices__hint">{unread ? `${unread} 条未读，点击查看` : '学院团委发给你的通知'}</Text>
        </View>
        {unread ? <Text className="home-notices__badge">{unread > 99 ? '99+' : unread}</Text> : null}
        <Text className="home-notices__arrow">›</Text>
      </View>
      {state.status === 'loading' ? <Text className="home-loading">正在整理你的待办…</Text> : null}
      {state.status === 'failed' ? <ErrorState message={state.message} onRetry={() => void reload()} /> : null}
      {state.status === 'ready' ? <Feed feed={state.data} /> : null}
    </View>
  );
}
