import { useMemo, useState } from 'react';
import { View } from '@tarojs/components';
import { Cell, CellGroup, Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { fieldLabels } from '@core/field-labels';
import { buildOrgUnitTree, orgUnitKindLabels } from '@core/org-unit-tree';
import type { Envelope } from '@core/envelope';
import type { OrgUnit } from '@core/users.contract';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { toastMessage } from '@/feedback/toast';
import { serverFieldError } from '@/hooks/field-errors';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { listOrgUnits } from '@/services/org-units';
import emptyImage from '@/assets/empty/feed.svg';
import { AdminGate } from '../shared/admin-gate';
import { NameDialog } from '../shared/name-dialog';
import { chooseOrgUnitIntent, removeWithConfirmation, saveName, type OrgUnitIntent } from './org-unit-actions';
import '../shared/admin-page.scss';
import './index.scss';

const loadUnits = async (): Promise<Envelope<OrgUnit[]>> => {
  const reply = await listOrgUnits();
  return reply.ok ? { ok: true, data: reply.data.units } : reply;
};

type NamingIntent = Exclude<OrgUnitIntent, { kind: 'remove' }>;

/** 组织架构: the unit tree as an indented list; tap a unit to add under it, rename or remove it. */
function OrgUnitEditor() {
  const { state, reload } = useEnvelopeLoader(loadUnits);
  usePullDownRefreshAction(reload);
  const [naming, setNaming] = useState<NamingIntent | null>(null);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | undefined>();
  const tree = useMemo(() => buildOrgUnitTree(state.status === 'ready' ? state.data : []), [state]);

  if (state.status === 'loading') return <Skeleton rows={8} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;

  async function act(unit: OrgUnit) {
    const intent = await chooseOrgUnitIntent(unit);
    if (!intent) return;
    if (intent.kind === 'remove') {
      if (await removeWithConfirmation(intent.unit)) void reload();
      return;
    }
    setRefusal(undefined);
    setNaming(intent);
  }

  async function save(name: string) {
    if (!naming) return;
    setSaving(true);
    setRefusal(undefined);
    // New units go last among their siblings.
    const order = naming.kind === 'add' ? tree.childrenOf(naming.parent?.orgUnitId ?? null).length : 0;
    const failure = await saveName(naming, name, order);
    setSaving(false);
    if (failure) {
      // A refusal of the name goes beside it; any other (the unit is gone…) is the page's toast.
      const field = serverFieldError(failure, { name: fieldLabels.name });
      return field ? setRefusal(field.message) : toastMessage(failure);
    }
    setNaming(null);
    void reload();
  }

  /** Siblings may not share a name: members pick their class by it. */
  function nameTaken(name: string): string | null {
    if (!naming) return null;
    const parentId = naming.kind === 'add' ? (naming.parent?.orgUnitId ?? null) : naming.unit.parentId;
    const self = naming.kind === 'rename' ? naming.unit.orgUnitId : null;
    const taken = tree.childrenOf(parentId).some((unit) => unit.name === name && unit.orgUnitId !== self);
    return taken ? `同一上级下已有「${name}」，请换一个名称` : null;
  }

  const rows = tree.flatten();
  return (
    <>
      {/* A new environment starts here: members choose their class from this tree when they bind. */}
      {!rows.length && (
        <EmptyState
          image={emptyImage}
          title="还没有组织"
          hint="先添加学院，再在学院下添加团支部和班级；成员绑定学号/工号时从这里选择所在班级"
        />
      )}
      <CellGroup>
        {rows.map(({ unit, depth }) => (
          <Cell
            key={unit.orgUnitId}
            className={`org-unit-row org-unit-row--depth-${Math.min(depth, 3)}`}
            title={unit.name}
            extra={orgUnitKindLabels[unit.kind]}
            clickable
            onClick={() => act(unit)}
          />
        ))}
      </CellGroup>
      <View className="admin-page__card-actions">
        <Button className="org-units__add-college" onClick={() => setNaming({ kind: 'add', parent: null, childKind: 'college' })}>
          添加学院
        </Button>
      </View>
      {naming && (
        <NameDialog
          title={naming.kind === 'add' ? `添加${orgUnitKindLabels[naming.childKind]}` : `重命名「${naming.unit.name}」`}
          initialName={naming.kind === 'rename' ? naming.unit.name : ''}
          sending={saving}
          check={nameTaken}
          error={refusal}
          onConfirm={save}
          onCancel={() => setNaming(null)}
        />
      )}
    </>
  );
}

export default function OrgUnitsPage() {
  return (
    <View className="admin-page">
      <AdminGate>
        <OrgUnitEditor />
      </AdminGate>
    </View>
  );
}
