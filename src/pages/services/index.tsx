import { ListPlaceholderPage } from '@/components/list-placeholder-page';
import emptyImage from '@/assets/empty/services.svg';

export default function ServicesPage() {
  return (
    <ListPlaceholderPage image={emptyImage} title="服务预约即将开放" hint="电脑义诊、汽车维护服务队发布时段后，可在这里预约并查看进度" />
  );
}
