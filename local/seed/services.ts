import { DEFAULT_BOOKING_WINDOW } from '@core/booking-window';
import { TEAM_IDS } from './teams';

/** The bookable services of the seed document's two service teams (电脑义诊 and 汽车维护). */
const service = (
  _id: string,
  teamId: string,
  order: number,
  fields: {
    name: string;
    description: string;
    durationMinutes: number;
    place: string;
    bring: string;
    detailsKind: 'car' | 'pc';
    audience: string[];
  },
) => ({ _id, teamId, order, active: true, window: { ...DEFAULT_BOOKING_WINDOW }, updatedBy: null, ...fields });

const CLINIC = '信息楼 302 电脑义诊室';
const GARAGE = '实训中心汽车维护工位';

export const SERVICES = [
  service('svc-pc-reinstall', TEAM_IDS.computerClinic, 1, {
    name: '系统重装',
    description: '重装 Windows 系统并安装常用软件，请提前备份个人资料',
    durationMinutes: 90,
    place: CLINIC,
    bring: '电脑、充电器、需要保留的软件安装包',
    detailsKind: 'pc',
    audience: ['staff', 'student', 'guest'],
  }),
  service('svc-pc-virus', TEAM_IDS.computerClinic, 2, {
    name: '清理病毒',
    description: '查杀病毒、清理弹窗广告和开机自启动项',
    durationMinutes: 60,
    place: CLINIC,
    bring: '电脑、充电器',
    detailsKind: 'pc',
    audience: ['staff', 'student', 'guest'],
  }),
  service('svc-pc-hardware', TEAM_IDS.computerClinic, 3, {
    name: '硬件检测',
    description: '检测硬盘、内存、电池和散热，给出升级或维修建议',
    durationMinutes: 45,
    place: CLINIC,
    bring: '电脑、充电器',
    detailsKind: 'pc',
    audience: ['staff', 'student', 'guest'],
  }),
  service('svc-pc-onsite', TEAM_IDS.computerClinic, 4, {
    name: '上门维护',
    description: '到办公室为教职工检修电脑和打印机',
    durationMinutes: 60,
    place: '预约人办公室',
    bring: '无',
    detailsKind: 'pc',
    audience: ['staff'],
  }),
  service('svc-car-wash', TEAM_IDS.carCare, 1, {
    name: '洗车',
    description: '“洗车小卫士”：车身清洗、轮毂清洁、内饰除尘',
    durationMinutes: 60,
    place: GARAGE,
    bring: '车钥匙',
    detailsKind: 'car',
    audience: ['staff'],
  }),
  service('svc-car-tyre', TEAM_IDS.carCare, 2, {
    name: '胎压检查',
    description: '检查四轮胎压和轮胎磨损，按标准充气',
    durationMinutes: 30,
    place: GARAGE,
    bring: '车钥匙',
    detailsKind: 'car',
    audience: ['staff'],
  }),
  service('svc-car-fluids', TEAM_IDS.carCare, 3, {
    name: '玻璃水/机油检查',
    description: '“护车小达人”：检查并补充玻璃水，检查机油液位和颜色',
    durationMinutes: 30,
    place: GARAGE,
    bring: '车钥匙',
    detailsKind: 'car',
    audience: ['staff'],
  }),
  service('svc-car-battery', TEAM_IDS.carCare, 4, {
    name: '电瓶检测',
    description: '检测电瓶电压和启动性能，提示是否需要更换',
    durationMinutes: 30,
    place: GARAGE,
    bring: '车钥匙',
    detailsKind: 'car',
    audience: ['staff'],
  }),
];
