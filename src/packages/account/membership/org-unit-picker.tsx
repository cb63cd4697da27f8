import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, Popup } from '@nutui/nutui-react-taro';
import type { MemberKind } from '@core/membership.types';
import { buildOrgUnitTree, orgUnitLabel } from '@core/org-unit-tree';
import type { OrgUnit } from '@core/users.contract';
import { FormField } from '@/components/form-field';

export interface OrgUnitPickerProps {
  /** Every unit from listOrgUnits; archived ones are not offered. */
  units: OrgUnit[];
  /** Students must pick a class; teachers may pick any unit. */
  kind: MemberKind | '';
  /** The chosen unit's id, or '' for none. */
  value: string;
  /** Called with the chosen unit. */
  onChange: (unit: OrgUnit) => void;
  /** The validation message to show under the field. */
  error?: string;
}

/** 学院 → 团支部 → 班级, one level at a time in a bottom sheet (the tree is small but deep). */
export function OrgUnitPicker({ units, kind, value, onChange, error }: OrgUnitPickerProps) {
  const tree = useMemo(() => buildOrgUnitTree(units), [units]);
  const [open, setOpen] = useState(false);
  const [parentId, setParentId] = useState<string | null>(null);
  const parent = parentId ? tree.byId.get(parentId) : undefined;
  const choices = tree.childrenOf(parentId);

  function openAt(start: string | null) {
    setParentId(start);
    setOpen(true);
  }

  function pick(unit: OrgUnit) {
    onChange(unit);
    setOpen(false);
  }

  function tap(unit: OrgUnit) {
    if (tree.childrenOf(unit.orgUnitId).length) setParentId(unit.orgUnitId);
    else if (kind !== 'student' || unit.kind === 'class') pick(unit);
  }

  return (
    <>
      {/* A form row like the others (label, required mark, error beside it); the whole row opens the sheet. */}
      <View className="org-unit-picker" onClick={() => openAt(value ? (tree.byId.get(value)?.parentId ?? null) : null)}>
        <FormField name="orgUnitId" label="所在组织" required error={error}>
          <Text className={`org-unit-picker__value ${value ? '' : 'org-unit-picker__value--empty'}`}>
            {value ? orgUnitLabel(tree, value) : kind === 'teacher' ? '请选择学院或部门' : '请选择班级'}
          </Text>
          <Text className="org-unit-picker__arrow">›</Text>
        </FormField>
      </View>
      {/* No close icon: NutUI's icons do not render on weapp; tapping the overlay closes. */}
      <Popup visible={open} position="bottom" round title="选择所在组织" onClose={() => setOpen(false)}>
        <View className="org-unit-picker__sheet">
          <Text className="org-unit-picker__path">
            {parent
              ? tree
                  .pathOf(parent.orgUnitId)
                  .map((unit) => unit.name)
                  .join(' / ')
              : '全部学院'}
          </Text>
          <CellGroup>
            {parent && <Cell className="org-unit-picker__up" title="‹ 返回上一级" clickable onClick={() => setParentId(parent.parentId)} />}
            {/* Teachers belong to a college, committee or branch as well as to a class. */}
            {parent && kind !== 'student' && (
              <Cell className="org-unit-picker__this" title={`选择「${parent.name}」`} clickable onClick={() => pick(parent)} />
            )}
            {choices.map((unit) => {
              const hasChildren = tree.childrenOf(unit.orgUnitId).length > 0;
              const selectable = hasChildren || kind !== 'student' || unit.kind === 'class';
              return (
                <Cell
                  key={unit.orgUnitId}
                  className={`org-unit-picker__choice ${selectable ? '' : 'org-unit-picker__choice--disabled'}`}
                  title={unit.name}
                  extra={hasChildren ? '›' : unit.orgUnitId === value ? '已选' : ''}
                  clickable={selectable}
                  onClick={() => tap(unit)}
                />
              );
            })}
          </CellGroup>
          {!choices.length && (
            <Text className="org-unit-picker__empty">{parent ? '这里还没有下级组织' : '团委还没有添加学院和班级，请稍后再来绑定'}</Text>
          )}
        </View>
      </Popup>
    </>
  );
}
