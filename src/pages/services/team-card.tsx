import type { ReactNode } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { teamKindLabels } from '@core/team-kinds';
import { routes } from '@/navigation/routes';
import type { TeamCatalogue } from './load-catalogue';

export interface TeamCardProps {
  entry: TeamCatalogue;
  /** The 申请加入 button or the caller's standing; nothing for those who may not apply. */
  join?: ReactNode;
}

/** One team on 服务: cover, name and kind, 简介, contact, then what it offers to book. */
export function TeamCard({ entry: { team, services }, join }: TeamCardProps) {
  return (
    <View className={`services-page__team services-page__team--${team.teamId}`}>
      {team.coverUrl && <Image className="services-page__cover" src={team.coverUrl} mode="aspectFill" />}
      <View className="services-page__team-header">
        <Text className="services-page__team-name">{team.name}</Text>
        <Text className="services-page__kind">{teamKindLabels[team.kind]}</Text>
      </View>
      {team.summary && <Text className="services-page__team-summary">{team.summary}</Text>}
      {team.contact && <Text className="services-page__contact">联系：{team.contact}</Text>}
      {join && <View className="services-page__join-row">{join}</View>}
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
      {services.length === 0 && <Text className="services-page__no-service">暂未发布可预约的服务</Text>}
    </View>
  );
}
