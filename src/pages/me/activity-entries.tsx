import Taro from '@tarojs/taro';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { formatHours } from '@core/hours-rounding';
import { routes } from '@/navigation/routes';

export interface ActivityEntriesProps {
  /** Verified minutes in total; null while unknown or unavailable (no figure rather than a wrong one). */
  totalMinutes: number | null;
}

/** 我的志愿时长 with its total, 我的贡献, 志愿服务证明, 我的荣誉, and 我的成员码 for when an organiser scans the student. */
export function ActivityEntries({ totalMinutes }: ActivityEntriesProps) {
  return (
    <CellGroup className="me-page__actions">
      <Cell
        className="me-page__hours"
        title="我的志愿时长"
        description="活动与服务预约的时长记录，按学期合计，可下载志愿服务记录"
        extra={totalMinutes !== null ? formatHours(totalMinutes) : undefined}
        clickable
        onClick={() => Taro.navigateTo({ url: routes.myHours })}
      />
      <Cell
        className="me-page__contribution"
        title="我的贡献"
        description="按学期和类别的时长、完成的服务、帮助过的人"
        clickable
        onClick={() => Taro.navigateTo({ url: routes.myContribution })}
      />
      <Cell
        className="me-page__certificates"
        title="志愿服务证明"
        description="申请由团委出具、可扫码查验的志愿服务记录证明"
        clickable
        onClick={() => Taro.navigateTo({ url: routes.myCertificates })}
      />
      <Cell
        className="me-page__honours"
        title="我的荣誉"
        description="按已认定时长评定星级：当前星级、距下一级还差多少"
        clickable
        onClick={() => Taro.navigateTo({ url: routes.myHonours })}
      />
      <Cell
        className="me-page__member-code"
        title="我的成员码"
        description="无法扫码时，请组织者扫此码为你签到"
        clickable
        onClick={() => Taro.navigateTo({ url: routes.memberCode })}
      />
    </CellGroup>
  );
}
