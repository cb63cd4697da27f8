import { ListPlaceholderPage } from '@/components/list-placeholder-page';
import emptyImage from '@/assets/empty/activities.svg';

export default function ActivitiesPage() {
  return <ListPlaceholderPage image={emptyImage} title="暂时没有活动" hint="学雷锋日、五四等文明实践活动发布后，可在这里报名并扫码签到" />;
}
