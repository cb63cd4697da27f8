import Taro from '@tarojs/taro';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import type { Role } from '@core/roles';
import { routes } from '@/navigation/routes';

export interface ServiceEntriesProps {
  /** The caller's roles: 工单 is for volunteers and leaders, 排班管理 and 本队数据 for leaders. */
  roles: Role[];
}

/** 我的预约 and 我的入队申请 for everyone; the team's pages for those who serve. */
export function ServiceEntries({ roles }: ServiceEntriesProps) {
  const serves = roles.includes('volunteer') || roles.includes('leader');
  return (
    <CellGroup className="me-page__actions">
      <Cell
        className="me-page__bookings"
        title="我的预约"
        description="服务队服务的预约与评价"
        clickable
        onClick={() => Taro.navigateTo({ url: routes.myBookings })}
      />
      <Cell
        className="me-page__team-requests"
        title="我的入队申请"
        description="申请加入服务队的审核进度"
        clickable
        onClick={() => Taro.navigateTo({ url: routes.teamRequests })}
      />
      {serves && (
        <Cell
          className="me-page__jobs"
          title="工单"
          description="领取、开始和完成服务"
          clickable
          onClick={() => Taro.navigateTo({ url: routes.jobs })}
        />
      )}
      {roles.includes('leader') && (
        <Cell
          className="me-page__schedule"
          title="排班管理"
          description="发布时段、指派志愿者、确认服务记录"
          clickable
          onClick={() => Taro.navigateTo({ url: routes.schedule })}
        />
      )}
      {roles.includes('leader') && (
        <Cell
          className="me-page__team-stats"
          title="本队数据"
          description="本队的服务人次、志愿时长、月度趋势与评价"
          clickable
          onClick={() => Taro.navigateTo({ url: routes.teamStats })}
        />
      )}
    </CellGroup>
  );
}
