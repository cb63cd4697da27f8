import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Cell, CellGroup, Skeleton } from '@nutui/nutui-react-taro';
import { Button } from '@/components/button';
import { fieldLabels } from '@core/field-labels';
import { MAX_CATALOGUE_TAGS } from '@core/qa-tags';
import { ErrorState } from '@/components/error-state';
import { confirmDestructive } from '@/feedback/confirm';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { serverFieldError } from '@/hooks/field-errors';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { listQaTags, saveQaTags } from '@/services/qa';
import { AdminGate } from '../shared/admin-gate';
import { NameDialog } from '../shared/name-dialog';
import { moveTag, removeTag, renameTag } from './tag-list-edits';
import '../shared/admin-page.scss';

type Naming = { kind: 'add' } | { kind: 'rename'; index: number };

/** 问答标签: the tags askers choose from, in the order the feed's filter shows them. */
function TagEditor() {
  const { state, reload } = useEnvelopeLoader(listQaTags);
  usePullDownRefreshAction(reload);
  const [naming, setNaming] = useState<Naming | null>(null);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | undefined>();

  if (state.status === 'loading') return <Skeleton rows={6} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  const tags = state.data.tags;

  /** Saves the whole list; null when the server took it, else its refusal (toasted unless `naming`). */
  async function save(next: string[], done: string, naming = false): Promise<string | null> {
    setSaving(true);
    const reply = await saveQaTags(next);
    setSaving(false);
    if (!reply.ok) {
      if (!naming) toastMessage(reply.message);
      return reply.message;
    }
    toastSuccess(done);
    void reload();
    return null;
  }

  async function act(index: number) {
    const choices = [
      { label: '重命名', run: () => startNaming({ kind: 'rename', index }) },
      ...(index > 0 ? [{ label: '上移', run: () => save(moveTag(tags, index, -1), '已调整顺序') }] : []),
      ...(index < tags.length - 1 ? [{ label: '下移', run: () => save(moveTag(tags, index, 1), '已调整顺序') }] : []),
      { label: '删除', run: () => remove(index) },
    ];
    try {
      const { tapIndex } = await Taro.showActionSheet({ itemList: choices.map((choice) => choice.label) });
      void choices[tapIndex].run();
    } catch {
      // Backed out of the sheet.
    }
  }

  async function remove(index: number) {
    const confirmed = await confirmDestructive({
      title: '删除标签',
      content: `确定删除「${tags[index]}」吗？已带此标签的问题保留标签，但新问题不能再选它。`,
      confirmText: '删除',
    });
    if (confirmed) await save(removeTag(tags, index), '已删除');
  }

  function startNaming(next: Naming) {
    setRefusal(undefined);
    setNaming(next);
  }

  /** The catalogue holds each tag once. */
  function nameTaken(name: string): string | null {
    const taken = tags.some((tag, index) => tag === name && !(naming?.kind === 'rename' && naming.index === index));
    return taken ? `已有标签「${name}」，请换一个名称` : null;
  }

  async function named(name: string) {
    if (!naming) return;
    const next = naming.kind === 'add' ? [...tags, name] : renameTag(tags, naming.index, name);
    setRefusal(undefined);
    const failure = await save(next, '已保存', true);
    if (!failure) return setNaming(null);
    // A refusal of the name goes beside it; any other is the page's toast.
    const field = serverFieldError(failure, { name: fieldLabels.tags });
    if (field) setRefusal(field.message);
    else toastMessage(failure);
  }

  return (
    <>
      <Text className="admin-page__hint">
        提问时可选的标签（每题最多 3 个），按此顺序显示在问答页的筛选栏。共 {tags.length}/{MAX_CATALOGUE_TAGS} 个。
      </Text>
      <CellGroup>
        {tags.map((tag, index) => (
          <Cell key={tag} className="qa-tag-row" title={tag} extra="›" clickable onClick={() => act(index)} />
        ))}
      </CellGroup>
      <View className="admin-page__card-actions">
        <Button
          className="qa-tags__add"
          disabled={tags.length >= MAX_CATALOGUE_TAGS || saving}
          onClick={() => startNaming({ kind: 'add' })}
        >
          添加标签
        </Button>
      </View>
      {naming && (
        <NameDialog
          title={naming.kind === 'add' ? '添加标签' : `重命名「${tags[naming.index]}」`}
          initialName={naming.kind === 'rename' ? tags[naming.index] : ''}
          maxLength={8}
          label="标签"
          placeholder="最多 8 个字"
          sending={saving}
          check={nameTaken}
          error={refusal}
          onConfirm={named}
          onCancel={() => setNaming(null)}
        />
      )}
    </>
  );
}

export default function QaTagsPage() {
  return (
    <View className="admin-page">
      <AdminGate>
        <TagEditor />
      </AdminGate>
    </View>
  );
}
