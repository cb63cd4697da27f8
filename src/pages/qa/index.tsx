import { ListPlaceholderPage } from '@/components/list-placeholder-page';
import emptyImage from '@/assets/empty/qa.svg';

export default function QaPage() {
  return <ListPlaceholderPage image={emptyImage} title="还没有人提问" hint="车辆保养、电脑故障等问题，可以在这里向志愿者请教" />;
}
