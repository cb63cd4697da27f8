import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import type { OrgUnit } from '@core/org-units.contract';
import { buildOrgUnitTree } from '@core/org-unit-tree';
import { ChoiceChips } from '@/components/choice-chips';

const ALL = 'all';

export interface OrgUnitFilterProps {
  /** Every unit from listOrgUnits; archived ones are not offered. */
  units: OrgUnit[];
  /** The chosen unit (its whole subtree counts), or null for every unit. */
  value: string | null;
  onChange: (orgUnitId: string | null) => void;
}

/**
 * 学院 → 团支部 → 班级 as two chip rows: the chosen path (tap a step to go back up) and the units
 * under the last step (tap one to narrow to it). No sheet: the filter stays visible with the numbers.
 */
export function OrgUnitFilter({ units, value, onChange }: OrgUnitFilterProps) {
  const tree = useMemo(() => buildOrgUnitTree(units), [units]);
  const chosen = value && tree.byId.has(value) ? value : null;
  const path = chosen ? tree.pathOf(chosen) : [];
  const children = tree.childrenOf(chosen);
  return (
    <View className="org-unit-filter">
      <ChoiceChips
        choices={[
          { value: ALL, label: '全部组织', className: 'org-unit-filter__all' },
          ...path.map((unit) => ({ value: unit.orgUnitId, label: unit.name, className: 'org-unit-filter__step' })),
        ]}
        value={chosen ?? ALL}
        onChange={(id) => onChange(id === ALL ? null : id)}
      />
      {children.length > 0 && (
        <>
          <Text className="stats-page__hint">{chosen ? '下级组织' : '选择学院'}</Text>
          <ChoiceChips
            choices={children.map((unit) => ({ value: unit.orgUnitId, label: unit.name, className: `org-unit-filter__child` }))}
            value=""
            onChange={onChange}
          />
        </>
      )}
    </View>
  );
}
