import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Skeleton } from '@nutui/nutui-react-taro';
import type { AnswerView, QuestionDetail, QuestionView } from '@core/qa.types';
import { ErrorState } from '@/components/error-state';
import { TextDialog } from '@/components/text-dialog';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { routes } from '@/navigation/routes';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { useShareCard } from '@/navigation/share-card';
import { getQuestion } from '@/services/qa';
import { whoami } from '@/services/users';
import { BODY_MAX, checkAnswerBody, checkReason } from '../shared/post-rules';
import { AnswerCard } from './answer-card';
import { AnswerForm } from './answer-form';
import { acceptWithConfirm, deleteWithConfirm, sendEdit, sendHide, sendReport } from './post-actions';
import { QuestionBlock } from './question-block';
import './index.scss';

type Post = QuestionView | AnswerView;
type Prompt = { kind: 'report' | 'hide'; targetId: string } | { kind: 'edit'; post: Post } | null;

const idOf = (post: Post) => ('answerId' in post ? post.answerId : post.questionId);

/** The question, its answers (accepted first) and what the caller may do with each. */
interface QuestionContentProps {
  detail: QuestionDetail;
  /** Admins may also accept and hide. */
  isAdmin: boolean;
  reload: () => Promise<void>;
}

function QuestionContent({ detail, isAdmin, reload }: QuestionContentProps) {
  const { question, answers } = detail;
  const [prompt, setPrompt] = useState<Prompt>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function accept(answer: AnswerView) {
    if (busy) return;
    const changed = await acceptWithConfirm(question, answer, () => setBusy(answer.answerId));
    setBusy(null);
    if (changed) await reload();
  }

  async function remove(post: Post) {
    const isQuestion = !('answerId' in post);
    const outcome = await deleteWithConfirm(idOf(post), isQuestion ? '问题' : '回答');
    if (outcome !== 'deleted') return;
    if (isQuestion) void Taro.navigateBack();
    else await reload();
  }

  async function submitPrompt(text: string) {
    if (!prompt) return;
    const id = prompt.kind === 'edit' ? idOf(prompt.post) : prompt.targetId;
    setBusy(id);
    const done =
      prompt.kind === 'edit'
        ? await sendEdit(prompt.post, text)
        : prompt.kind === 'hide'
          ? await sendHide(id, text)
          : await sendReport(id, text);
    setBusy(null);
    if (!done) return;
    setPrompt(null);
    await reload();
  }

  const canAccept = (question.isMine || isAdmin) && question.answerState !== 'accepted';
  const links = (post: Post) => ({
    onEdit: () => setPrompt({ kind: 'edit', post }),
    onDelete: () => void remove(post),
    onReport: () => setPrompt({ kind: 'report', targetId: idOf(post) }),
    onHide: isAdmin && post.visibility === 'visible' ? () => setPrompt({ kind: 'hide', targetId: idOf(post) }) : undefined,
  });

  return (
    <>
      <QuestionBlock question={question} {...links(question)} />
      <Text className="question-page__count">{answers.length ? `${answers.length} 个回答` : '还没有回答，志愿者看到后会尽快解答'}</Text>
      {answers.map((answer) => (
        <AnswerCard
          key={answer.answerId}
          answer={answer}
          canAccept={canAccept && answer.visibility === 'visible'}
          busy={busy === answer.answerId}
          onAccept={() => void accept(answer)}
          {...links(answer)}
        />
      ))}
      {/* The asker waits for answers; answering oneself is not offered. */}
      {question.visibility === 'visible' && !question.isMine && (
        <AnswerForm questionId={question.questionId} onAnswered={() => void reload()} />
      )}
      {prompt?.kind === 'report' && (
        <TextDialog
          title="举报"
          placeholder="请说明举报理由，如：广告、不实信息、不文明用语"
          confirmText="提交举报"
          check={checkReason}
          sending={busy !== null}
          onConfirm={(text) => void submitPrompt(text)}
          onCancel={() => setPrompt(null)}
        />
      )}
      {prompt?.kind === 'hide' && (
        <TextDialog
          title="隐藏内容"
          placeholder="说明隐藏的理由，作者会收到通知"
          confirmText="隐藏"
          check={checkReason}
          sending={busy !== null}
          onConfirm={(text) => void submitPrompt(text)}
          onCancel={() => setPrompt(null)}
        />
      )}
      {prompt?.kind === 'edit' && (
        <TextDialog
          title="修改内容"
          placeholder="发布后 15 分钟内可以修改"
          confirmText="保存"
          initial={prompt.post.body}
          maxLength={BODY_MAX}
          check={'answerId' in prompt.post ? checkAnswerBody : () => null}
          sending={busy !== null}
          onConfirm={(text) => void submitPrompt(text)}
          onCancel={() => setPrompt(null)}
        />
      )}
    </>
  );
}

export default function QuestionPage() {
  useSignInRequired();
  const questionId = useRouter().params.id ?? '';
  const load = useCallback(() => getQuestion(questionId), [questionId]);
  const { state, reload } = useEnvelopeLoader(load);
  const me = useEnvelopeLoader(whoami);
  usePullDownRefreshAction(reload);
  const sharePath = `${routes.qaQuestion}?id=${questionId}`;
  useShareCard(state.status === 'ready' ? { title: state.data.question.title, path: sharePath } : null, sharePath);
  const isAdmin = me.state.status === 'ready' && me.state.data.roles.includes('admin');

  return (
    <View className="question-page">
      {state.status === 'loading' && <Skeleton rows={8} animated />}
      {state.status === 'failed' && <ErrorState message={state.message} onRetry={reload} />}
      {state.status === 'ready' && <QuestionContent detail={state.data} isAdmin={isAdmin} reload={reload} />}
    </View>
  );
}
