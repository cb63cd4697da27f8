import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import type { RolloverPlan } from '@core/member-directory.contract';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { confirmDestructive, explain } from '@/feedback/confirm';
import { toastMessage } from '@/feedback/toast';
import { applyRollover, previewRollover } from '@/services/rollover';
import emptyImage from '@/assets/empty/feed.svg';
import { AdminGate } from '../shared/admin-gate';
import { moveLine, suggestedSchoolYear } from './rollover-lines';
import '../shared/admin-page.scss';

type Preview = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; plan: RolloverPlan };

/**
 * 学年换届: choose the school year, read what would change (each class up one 年级, final-year
 * classes archived and their members graduated), then apply exactly that plan.
 */
function Rollover() {
  const [toYear, setToYear] = useState(() => suggestedSchoolYear(new Date()));
  const [preview, setPreview] = useState<Preview>({ status: 'loading' });
  const [applying, setApplying] = useState(false);

  const load = useCallback(async () => {
    setPreview({ status: 'loading' });
    const reply = await previewRollover(toYear);
    setPreview(reply.ok ? { status: 'ready', plan: reply.data } : { status: 'failed', message: reply.message });
  }, [toYear]);
  useEffect(() => void load(), [load]);

  async function apply(plan: RolloverPlan) {
    const graduating = plan.moves.filter((move) => move.toStage === null).length;
    const confirmed = await confirmDestructive({
      title: `执行 ${plan.toYear} 学年换届`,
      content: `${plan.moves.length - graduating} 个班级升一个年级，${graduating} 个班级归档，${plan.graduatingMembers} 名成员标记为已毕业。执行后不能撤销。`,
      confirmText: '执行换届',
    });
    if (!confirmed) return;
    setApplying(true);
    const reply = await applyRollover(plan.toYear, plan.planHash);
    setApplying(false);
    if (!reply.ok) {
      toastMessage(reply.message);
      // PLAN_STALE: something changed since the preview; show the plan as it is now.
      if (reply.code === 'PLAN_STALE') void load();
      return;
    }
    const { promotedClasses, archivedClasses, graduatedMembers } = reply.data;
    await explain('换届完成', `${promotedClasses} 个班级已升级，${archivedClasses} 个班级已归档，${graduatedMembers} 名成员已标记为毕业。`);
    void load();
  }

  return (
    <>
      <View className="admin-page__card rollover-year">
        <Button className="rollover-year__prev" onClick={() => setToYear(toYear - 1)}>
          上一学年
        </Button>
        <Text className="admin-page__card-title rollover-year__label">
          {toYear}–{toYear + 1} 学年
        </Text>
        <Button className="rollover-year__next" onClick={() => setToYear(toYear + 1)}>
          下一学年
        </Button>
      </View>
      {preview.status === 'loading' && <Skeleton rows={6} animated />}
      {preview.status === 'failed' && <ErrorState message={preview.message} onRetry={load} />}
      {preview.status === 'ready' && !preview.plan.moves.length && (
        <EmptyState image={emptyImage} title="没有需要换届的班级" hint={`所有班级都已进入 ${toYear} 学年，或还没有填写年级和学制的班级`} />
      )}
      {preview.status === 'ready' && preview.plan.moves.length > 0 && (
        <>
          <Text className="admin-page__hint">
            预览：{preview.plan.moves.length} 个班级将变动，{preview.plan.graduatingMembers} 名成员将标记为已毕业。执行时只按这份预览变更。
          </Text>
          <CellGroup>
            {preview.plan.moves.map((move) => (
              <Cell key={move.orgUnitId} className="rollover-move" title={move.name} description={moveLine(move)} />
            ))}
          </CellGroup>
          <View className="admin-page__card-actions">
            <Button className="rollover-apply" variant="primary" busy={applying} disabled={applying} onClick={() => apply(preview.plan)}>
              执行换届
            </Button>
          </View>
        </>
      )}
    </>
  );
}

export default function RolloverPage() {
  return (
    <View className="admin-page">
      <AdminGate>
        <Rollover />
      </AdminGate>
    </View>
  );
}
