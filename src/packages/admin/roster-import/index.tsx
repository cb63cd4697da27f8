import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { ROSTER_MAX_BYTES, ROSTER_MAX_ROWS } from '@core/roster';
import type { RosterSummary } from '@core/roster.contract';
import { openExport } from '@/components/open-export/open-export';
import { confirmDestructive } from '@/feedback/confirm';
import { uploadFile, type LocalPhoto } from '@/services/files';
import { applyRoster, previewRoster, rosterTemplate } from '@/services/roster';
import { AdminGate } from '../shared/admin-gate';
import { chooseRosterFileInWeChat, fromBrowserFile } from './choose-roster-file';
import { RosterFindings } from './roster-findings';
import { RosterTotals } from './roster-totals';
import '../shared/admin-page.scss';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileId: string; fileName: string; summary: RosterSummary }
  | { kind: 'applying'; fileId: string; fileName: string; summary: RosterSummary }
  | { kind: 'done'; fileName: string; summary: RosterSummary };

/**
 * 导入名册: 下载模板 → 选择文件 → the server's preview (totals, every problem row, unknown units)
 * → 确认导入 → result. The server validates the file again on apply; nothing here is trusted.
 */
function RosterImport() {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [templateBusy, setTemplateBusy] = useState(false);

  async function downloadTemplate() {
    setTemplateBusy(true);
    const reply = await rosterTemplate();
    setTemplateBusy(false);
    if (!reply.ok) return setError(reply.message);
    const problem = await openExport(reply.data);
    if (problem) setError(problem);
  }

  async function readFile(file: (LocalPhoto & { size: number }) | null) {
    if (!file) return;
    setError(null);
    if (!/\.xlsx$/i.test(file.fileName)) return setError('请选择 .xlsx 文件（旧版 .xls 请先另存为 .xlsx）');
    if (file.size > ROSTER_MAX_BYTES) return setError('文件过大，名册不能超过 2 MB');
    setPhase({ kind: 'reading', fileName: file.fileName });
    const uploaded = await uploadFile(file, 'roster-xlsx');
    if (!uploaded.ok) {
      setPhase({ kind: 'idle' });
      return setError(uploaded.message);
    }
    const reply = await previewRoster(uploaded.data.fileID);
    if (!reply.ok) {
      setPhase({ kind: 'idle' });
      return setError(reply.message);
    }
    setPhase({ kind: 'preview', fileId: uploaded.data.fileID, fileName: file.fileName, summary: reply.data });
  }

  async function apply(fileId: string, fileName: string, summary: RosterSummary) {
    const changes = summary.created + summary.updated;
    const confirmed = await confirmDestructive({
      title: '确认导入名册',
      content: `将新增 ${summary.created} 人、更新 ${summary.updated} 人${
        summary.problemCount ? `；有问题的 ${summary.problemCount} 行不会导入` : ''
      }。名册中的成员绑定学号并填写相同姓名时将自动通过审核。`,
      confirmText: changes ? '导入' : '确定',
    });
    if (!confirmed) return;
    setPhase({ kind: 'applying', fileId, fileName, summary });
    const reply = await applyRoster(fileId);
    if (!reply.ok) {
      setPhase({ kind: 'preview', fileId, fileName, summary });
      return setError(reply.message);
    }
    setPhase({ kind: 'done', fileName, summary: reply.data });
  }

  const busy = phase.kind === 'reading' || phase.kind === 'applying';
  return (
    <>
      <View className="admin-page__card roster-import__step">
        <Text className="admin-page__card-title">1. 下载模板</Text>
        <Text className="admin-page__card-line">
          每行一名成员：学号/工号、姓名、类别（学生或教师）、班级/支部。模板的「组织」工作表列出了现有组织名称；每个文件最多{' '}
          {ROSTER_MAX_ROWS} 行。
        </Text>
        <View className="admin-page__card-actions">
          <Button className="roster-import__template" disabled={templateBusy} onClick={downloadTemplate}>
            {templateBusy ? '生成中…' : '下载模板'}
          </Button>
        </View>
      </View>

      <View className="admin-page__card roster-import__step">
        <Text className="admin-page__card-title">2. 选择填好的文件</Text>
        <Text className="admin-page__card-line">
          {phase.kind === 'idle' ? '仅支持 .xlsx，不超过 2 MB。选择后先预览，确认后才会导入。' : `已选择：${phase.fileName}`}
        </Text>
        <View className="admin-page__card-actions">
          {process.env.TARO_ENV === 'h5' ? (
            <label className={`roster-import__choose ${busy ? 'roster-import__choose--busy' : ''}`}>
              <input
                className="roster-import__file-input"
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                disabled={busy}
                onChange={(event) => {
                  const input = event.currentTarget;
                  const file = input.files?.[0];
                  // Cleared so picking the same file again (after fixing it) fires again.
                  input.value = '';
                  void readFile(file ? fromBrowserFile(file) : null);
                }}
              />
              <span className="roster-import__choose-text">{phase.kind === 'reading' ? '读取中…' : '选择文件'}</span>
            </label>
          ) : (
            <Button
              className="roster-import__choose"
              variant="primary"
              block={false}
              disabled={busy}
              onClick={async () => readFile(await chooseRosterFileInWeChat())}
            >
              {phase.kind === 'reading' ? '读取中…' : '从聊天记录选择文件'}
            </Button>
          )}
        </View>
      </View>

      {error && <Text className="roster-import__error">{error}</Text>}

      {(phase.kind === 'preview' || phase.kind === 'applying') && (
        <View className="roster-import__preview">
          <Text className="admin-page__section">3. 预览</Text>
          <RosterTotals summary={phase.summary} />
          <RosterFindings summary={phase.summary} />
          <View className="admin-page__card-actions">
            <Button
              className="roster-import__apply"
              variant="primary"
              block={false}
              disabled={phase.kind === 'applying'}
              onClick={() => apply(phase.fileId, phase.fileName, phase.summary)}
            >
              {phase.kind === 'applying' ? '导入中…' : '确认导入'}
            </Button>
          </View>
        </View>
      )}

      {phase.kind === 'done' && (
        <View className="admin-page__card roster-import__result">
          <Text className="admin-page__card-title">导入完成</Text>
          <Text className="admin-page__card-line roster-import__result-line">
            新增 {phase.summary.created} 人，更新 {phase.summary.updated} 人，{phase.summary.unchanged} 人无变化
            {phase.summary.problemCount ? `，${phase.summary.problemCount} 行有问题未导入` : ''}。
          </Text>
          <Text className="admin-page__card-line">名册中的成员绑定学号/工号并填写相同姓名时将自动通过审核。</Text>
        </View>
      )}
      {phase.kind === 'done' && <RosterFindings summary={phase.summary} />}
    </>
  );
}

export default function RosterImportPage() {
  return (
    <View className="admin-page roster-import">
      <AdminGate>
        <RosterImport />
      </AdminGate>
    </View>
  );
}
