import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import emptyImage from '@/assets/empty/services.svg';
import { loadCatalogue } from './load-catalogue';
import './index.scss';

/** 服务 tab: the service teams and what each offers; booking itself lives in packages/bookings. */
export default function ServicesPage() {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(loadCatalogue);
  usePullDownRefreshAction(reload);

  if (state.status === 'loading')
    return (
      <View className="services-page">
        <Skeleton rows={6} animated />
      </View>
    );
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (!state.data.length)
    return <EmptyState image={emptyImage} title="暂无可预约的服务" hint="电脑义诊、汽车维护服务队发布服务后，可在这里预约" />;
  return (
    <View className="services-page">
      {state.data.map(({ team, services }) => (
        <View key={team.teamId} className={`services-page__team services-page__team--${team.teamId}`}>
          <Text className="services-page__team-name">{team.name}</Text>
          <Text className="services-page__team-summary">{team.summary}</Text>
          {services.map((service) => (
            <View
              key={service.serviceId}
              className={`services-page__service services-page__service--${service.serviceId}`}
              onClick={() => Taro.navigateTo({ url: `${routes.service}?serviceId=${service.serviceId}` })}
            >
              <View className="services-page__service-body">
                <Text className="services-page__service-name">{service.name}</Text>
                <Text className="services-page__service-line">{service.description}</Text>
                <Text className="services-page__service-line services-page__service-place">地点：{service.place}</Text>
              </View>
              <Text className="services-page__service-duration">约 {service.durationMinutes} 分钟</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
