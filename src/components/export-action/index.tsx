import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import type { Envelope } from '@core/envelope';
import type { ExportResult } from '@core/activity.types';
import { openExport } from '@/components/open-export/open-export';
import './index.scss';

export interface ExportActionProps {
  /** The button's text, e.g. 导出签到表. */
  label: string;
  /** Builds the file on the server; answers its temporary URL. */
  run: () => Promise<Envelope<ExportResult>>;
  /** An extra class for the block, so tests can find one export among several. */
  className?: string;
}

type Phase =
  { kind: 'idle' } | { kind: 'running'; percent: number } | { kind: 'done'; file: ExportResult } | { kind: 'failed'; message: string };

/**
 * The function answers once, when the file is stored, so the bar is an estimate that eases
 * towards 90 % (a large term takes seconds) and jumps to full on the answer: it tells the
 * committee something is happening without claiming a row count it does not have.
 */
const estimate = (elapsedMs: number) => Math.round(90 * (1 - Math.exp(-elapsedMs / 2500)));

/** An export button with 生成中… progress, then 已生成 N 行 and the file opened (and a 重新打开). */
export function ExportAction({ label, run, className }: ExportActionProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const stopTimer = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(() => stopTimer, []);

  async function start() {
    if (phase.kind === 'running') return;
    const began = Date.now();
    setPhase({ kind: 'running', percent: 0 });
    timer.current = setInterval(() => setPhase({ kind: 'running', percent: estimate(Date.now() - began) }), 400);
    const reply = await run();
    stopTimer();
    if (!reply.ok) return setPhase({ kind: 'failed', message: reply.message });
    setPhase({ kind: 'done', file: reply.data });
    const problem = await openExport(reply.data);
    if (problem) setPhase({ kind: 'failed', message: problem });
  }

  const percent = phase.kind === 'running' ? phase.percent : phase.kind === 'done' ? 100 : 0;
  return (
    <View className={`export-action ${className ?? ''}`}>
      <Button className="export-action__start" variant="primary" disabled={phase.kind === 'running'} onClick={() => void start()}>
        {phase.kind === 'running' ? '生成中…' : label}
      </Button>
      {(phase.kind === 'running' || phase.kind === 'done') && (
        <View className="export-progress">
          <View className="export-progress__bar">
            <View className="export-progress__fill" style={{ width: `${percent}%` }} />
          </View>
          <Text className="export-progress__text export-action__status">
            {phase.kind === 'running' ? `生成中… ${percent}%` : `已生成 ${phase.file.rows} 行 · ${phase.file.fileName}`}
          </Text>
          {phase.kind === 'done' && (
            <Button variant="text" className="export-action__reopen" onClick={() => void openExport(phase.file)}>
              重新打开
            </Button>
          )}
        </View>
      )}
      {phase.kind === 'failed' && <Text className="export-action__error">{phase.message}</Text>}
    </View>
  );
}
