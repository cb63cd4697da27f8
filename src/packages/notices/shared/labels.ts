import type { ConfirmMode } from '@/services/notices';

export const confirmModeLabels: Record<ConfirmMode, string> = {
  read: '阅读即可',
  confirm: '需确认',
  reply: '需回复',
};
