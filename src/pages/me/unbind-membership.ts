import type { MembershipStatus } from '@core/membership.types';
import { confirmDestructive } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { unbindMyself } from '@/services/membership';

/** Asks first (it frees the number and drops member roles), then unbinds; true when it happened. */
export async function unbindMembership(status: MembershipStatus): Promise<boolean> {
  const withdrawing = status === 'pending';
  const confirmed = await confirmDestructive(
    withdrawing
      ? { title: '撤回申请', content: '撤回后需要重新填写并提交申请，确定撤回吗？', confirmText: '撤回' }
      : {
          title: '解除绑定',
          content: '解除后将释放你的学号/工号，成员身份和服务队角色会一并移除，重新绑定需再次审核。确定解除吗？',
          confirmText: '解除绑定',
        },
  );
  if (!confirmed) return false;
  const reply = await unbindMyself();
  if (!reply.ok) {
    toastMessage(reply.message);
    return false;
  }
  toastSuccess(withdrawing ? '已撤回' : '已解除绑定');
  return true;
}
