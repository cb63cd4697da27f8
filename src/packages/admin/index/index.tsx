import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { routes } from '@/navigation/routes';
import { AdminGate } from '../shared/admin-gate';
import '../shared/admin-page.scss';

const entries = [
  {
    key: 'stats',
    title: '数据看板',
    description: '服务人次、志愿时长、活动与评价：按学期、服务队和组织筛选',
    url: routes.statsDashboard,
  },
  { key: 'applications', title: '成员审核', description: '审核学号/工号绑定申请', url: routes.adminApplications },
  { key: 'members', title: '成员名录', description: '按姓名或学号查找成员，标记毕业或离开', url: routes.adminMembers },
  {
    key: 'roster-import',
    title: '导入名册',
    description: '上传 Excel 成员名册；名册中的成员绑定学号时自动通过审核',
    url: routes.adminRosterImport,
  },
  { key: 'org-units', title: '组织架构', description: '学院、团支部与班级', url: routes.adminOrgUnits },
  { key: 'rollover', title: '学年换届', description: '新学年班级升一个年级，毕业班归档、成员标记毕业', url: routes.adminRollover },
  { key: 'service-teams', title: '服务队', description: '新建、编辑与归档服务队', url: routes.adminServiceTeams },
  { key: 'teams', title: '服务队成员', description: '任命志愿者与队长', url: routes.adminTeams },
  {
    key: 'notice-compose',
    title: '发布通知',
    description: '写给全体成员、团支部、服务队或角色，可要求确认或回复',
    url: routes.noticeCompose,
  },
  { key: 'notices-mine', title: '我发布的通知', description: '阅读与确认回执、提醒未读、撤回', url: routes.myNotices },
  { key: 'qa-review', title: '问答审核', description: '被举报或隐藏的问答：恢复或删除', url: routes.adminQaReview },
  { key: 'qa-tags', title: '问答标签', description: '提问时可选的标签：添加、重命名、排序、删除', url: routes.adminQaTags },
  { key: 'audit', title: '操作记录', description: '谁在何时做了哪些管理操作，改前改后', url: routes.adminAudit },
  {
    key: 'activity-edit',
    title: '发布活动',
    description: '可从学雷锋日、清明、五四、国庆等节日模板创建；发布后进入活动管理出示签到码',
    url: routes.activityEdit,
  },
  { key: 'certificates', title: '证明审核', description: '审核志愿服务记录证明申请：出具或不通过', url: routes.adminCertificates },
  {
    key: 'certificate-issuer',
    title: '出具单位设置',
    description: '证明上的出具单位、编号前缀、负责人、经办人、联系电话与印章',
    url: routes.adminCertificateIssuer,
  },
  { key: 'honours', title: '荣誉设置', description: '星级时长标准、公示期、学期评优规则；立即评定', url: routes.honourSettings },
  { key: 'honour-notice', title: '荣誉公示', description: '公示中的星级：公示期内可撤回', url: routes.honourNotice },
  { key: 'nominations', title: '评优名单', description: '按学期与评优规则生成推荐名单并导出', url: routes.honourNominations },
  {
    key: 'annual-report',
    title: '年度报告',
    description: '按学期或年度汇总主要成效：总量、各服务队、活动排行与荣誉，可导出 Excel 或打印',
    url: routes.annualReport,
  },
  {
    key: 'platform-export',
    title: '志愿平台导出',
    description: '按志愿汇、中国志愿服务网等平台的导入模板导出已认定时长，导出前检查志愿者编号与证件',
    url: routes.adminPlatformExport,
  },
  { key: 'terms', title: '学期与时长导出', description: '设置学期起止日期，按学期导出每位成员的志愿时长', url: routes.activityTerms },
];

/** 团委管理: the League committee's entry to member and organisation work. */
export default function AdminHomePage() {
  return (
    <View className="admin-page">
      <AdminGate>
        <CellGroup>
          {entries.map((entry) => (
            <Cell
              key={entry.key}
              className={`admin-home__entry admin-home__entry--${entry.key}`}
              title={entry.title}
              description={entry.description}
              extra="›"
              clickable
              onClick={() => Taro.navigateTo({ url: entry.url })}
            />
          ))}
        </CellGroup>
      </AdminGate>
    </View>
  );
}
