import { useEffect, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import type { Term } from '@core/activity.types';
import type { ExportColumn, ExportLayout, ExportRange, PlatformExportPreview } from '@core/platform-export';
import { ChoiceChips } from '@/components/choice-chips';
import { FieldError, FormField } from '@/components/form-field';
import { ErrorState } from '@/components/error-state';
import { ExportAction } from '@/components/export-action';
import { confirmDestructive } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { fieldAnchorId } from '@/hooks/field-errors';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import {
  exportLayouts,
  exportPlatformHours,
  listTerms,
  previewPlatformExport,
  removeExportLayout,
  saveExportLayout,
} from '@/services/records';
import { AdminGate } from '../shared/admin-gate';
import { ColumnEditor } from './column-editor';
import { ExportPreview } from './export-preview';
import { columnErrors, headerKey, layoutErrors, layoutFieldOrder, rangeErrors } from './layout-errors';
import { RangePicker } from './range-picker';
import '../shared/admin-page.scss';
import './index.scss';

/** How the server names the fields it refuses (field-labels / the schemas' own sentences). */
const saveLabels = { name: '版式名称' };
const checkLabels = { fromDay: '开始日期', toDay: '结束日期' };

interface Draft {
  layoutId?: string;
  name: string;
  columns: ExportColumn[];
}

const loadPage = async () => {
  const [layouts, terms] = await Promise.all([exportLayouts(), listTerms()]);
  if (!layouts.ok) return layouts;
  return terms.ok ? { ok: true as const, data: { ...layouts.data, terms: terms.data.terms } } : terms;
};

/** 志愿平台导出: pick or edit a column layout, a term or dates, check the preview, export the .xlsx. */
export default function PlatformExportPage() {
  return (
    <View className="admin-page platform-export">
      <AdminGate>
        <PlatformExport />
      </AdminGate>
    </View>
  );
}

function PlatformExport() {
  const { state, reload } = useEnvelopeLoader(loadPage);
  usePullDownRefreshAction(reload);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [range, setRange] = useState<ExportRange | null>(null);
  const [preview, setPreview] = useState<PlatformExportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldErrors = useFieldErrors([...layoutFieldOrder(draft ?? { name: '', columns: [] }), 'fromDay', 'toDay']);
  const { errors, recheck } = fieldErrors;
  // A fixed row loses its error at once; the others wait for the next save or check.
  useEffect(() => {
    if (draft) recheck({ ...layoutErrors(draft), ...(range ? rangeErrors(range) : {}) });
  }, [draft, range, recheck]);

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const { layouts, presets, terms } = state.data as { layouts: ExportLayout[]; presets: Draft[]; terms: Term[] };
  const choose = (next: Draft) => {
    fieldErrors.reset();
    setDraft({ ...next, columns: next.columns.map((column) => ({ ...column })) });
    setPreview(null);
  };
  const edit = (patch: Partial<Draft>) => {
    setDraft((previous) => (previous ? { ...previous, ...patch } : previous));
    setPreview(null);
  };
  const columnsOf = (current: Draft) => current.columns.map((column) => ({ ...column, header: column.header.trim() }));

  async function save(current: Draft) {
    if (fieldErrors.show(layoutErrors(current))) return;
    setBusy(true);
    const reply = await saveExportLayout({ layoutId: current.layoutId, name: current.name.trim(), columns: columnsOf(current) });
    setBusy(false);
    if (!reply.ok) return void (fieldErrors.showServer(reply.message, saveLabels) || toastMessage(reply.message));
    toastSuccess('版式已保存');
    setDraft(reply.data.layout);
    await reload();
  }

  async function remove(current: Draft & { layoutId: string }) {
    const sure = await confirmDestructive({
      title: '删除版式',
      content: `删除导出版式「${current.name}」？已导出的文件不受影响。`,
      confirmText: '删除',
    });
    if (!sure) return;
    const reply = await removeExportLayout(current.layoutId);
    if (!reply.ok) return void toastMessage(reply.message);
    toastSuccess('已删除');
    setDraft(null);
    await reload();
  }

  async function check(current: Draft, chosen: ExportRange) {
    if (fieldErrors.show({ ...columnErrors(current.columns), ...rangeErrors(chosen) })) return;
    setBusy(true);
    const reply = await previewPlatformExport({ columns: columnsOf(current), range: chosen });
    setBusy(false);
    if (!reply.ok) return void (fieldErrors.showServer(reply.message, checkLabels) || toastMessage(reply.message));
    setPreview(reply.data);
  }

  const chips = [
    ...layouts.map((layout) => ({ value: layout.layoutId, label: layout.name, className: `platform-export__layout--${layout.layoutId}` })),
    ...presets.map((preset, index) => ({
      value: `preset-${index}`,
      label: `新建：${preset.name}`,
      className: `platform-export__preset--${index}`,
    })),
  ];
  const chosenChip = draft?.layoutId ?? (draft ? 'new' : '');
  return (
    <>
      <View className="admin-page__card">
        <Text className="admin-page__card-title">导出版式</Text>
        <Text className="admin-page__hint">每列对应平台导入模板的一列；预设为参考版式，请与平台当前模板核对后保存</Text>
        <ChoiceChips
          choices={chips}
          value={chosenChip}
          onChange={(value) => {
            const layout = layouts.find((entry) => entry.layoutId === value);
            if (layout) return choose(layout);
            const preset = presets[Number(value.replace('preset-', ''))];
            choose({ name: preset.name, columns: preset.columns });
          }}
        />
      </View>
      {draft && (
        <View className="admin-page__card platform-export__editor">
          <FormField name="name" label="版式名称" required error={errors.name} className="platform-export__name">
            <Input
              className="platform-export__input"
              value={draft.name}
              maxlength={30}
              placeholder="例如：中国志愿服务网"
              onInput={(event) => edit({ name: event.detail.value })}
            />
          </FormField>
          {draft.columns.map((column, index) => (
            <ColumnEditor
              key={index}
              column={column}
              index={index}
              headerError={errors[headerKey(index)]}
              onChange={(next) => edit({ columns: draft.columns.map((entry, at) => (at === index ? next : entry)) })}
              onRemove={() => edit({ columns: draft.columns.filter((_, at) => at !== index) })}
            />
          ))}
          <View id={fieldAnchorId('columns')}>
            <FieldError error={errors.columns} />
          </View>
          <View className="admin-page__card-actions">
            <Button
              className="platform-export__add-field"
              onClick={() => edit({ columns: [...draft.columns, { header: '姓名', field: 'name' }] })}
            >
              添加字段列
            </Button>
            <Button className="platform-export__add-fixed" onClick={() => edit({ columns: [...draft.columns, { header: '', fixed: '' }] })}>
              添加固定文本列
            </Button>
          </View>
          <View className="admin-page__card-actions">
            {draft.layoutId && (
              <Button
                className="platform-export__remove"
                disabled={busy}
                onClick={() => void remove(draft as Draft & { layoutId: string })}
              >
                删除版式
              </Button>
            )}
            <Button className="platform-export__save" variant="primary" disabled={busy} onClick={() => void save(draft)}>
              保存版式
            </Button>
          </View>
        </View>
      )}
      {draft && (
        <RangePicker
          terms={terms}
          range={range}
          errors={errors}
          onChange={(next) => {
            setRange(next);
            setPreview(null);
          }}
        />
      )}
      {draft && range && (
        <Button className="platform-export__check" block disabled={busy} onClick={() => void check(draft, range)}>
          {busy ? '检查中…' : '预览并检查'}
        </Button>
      )}
      {draft && range && preview && <ExportPreview preview={preview} />}
      {draft && range && preview && (
        <ExportAction
          className="export-action--platform"
          label="导出 Excel"
          run={() => exportPlatformHours({ name: draft.name.trim() || '平台导入', columns: columnsOf(draft), range })}
        />
      )}
      {!draft && <Text className="admin-page__hint">选择一个已保存的版式，或从预设新建</Text>}
    </>
  );
}
