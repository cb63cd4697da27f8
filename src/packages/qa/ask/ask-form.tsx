import { useEffect, useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@nutui/nutui-react-taro';
import { PhotoPicker } from '@/components/photo-picker';
import { toastMessage } from '@/feedback/toast';
import { useQaTags } from '@/hooks/use-qa-tags';
import { routes } from '@/navigation/routes';
import { askQuestion } from '@/services/qa';
import { askSubscriptions, prepareSubscriptions } from '@/services/subscriptions';
import { BODY_MAX, checkQuestionForm, PHOTOS_MAX, TITLE_MAX, type QuestionFormErrors, type QuestionFormInput } from '../shared/post-rules';
import { TagPicker } from '../shared/tag-picker';
import { SimilarList } from './similar-list';
import { useSimilarQuestions } from './use-similar-questions';

export interface AskFormProps {
  /** Called with the new question's id once the server has stored it. */
  onAsked: (questionId: string) => void;
}

const emptyForm: QuestionFormInput = { title: '', body: '', tags: [] };

/**
 * Title (with similar questions), text, photos and tags; checked here with the server's limits, then
 * sent. Photos are claimed as `question-photo` while they upload, so publishing only names them.
 */
export function AskForm({ onAsked }: AskFormProps) {
  const tags = useQaTags();
  const [form, setForm] = useState(emptyForm);
  const [errors, setErrors] = useState<QuestionFormErrors>({});
  const [photos, setPhotos] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [sending, setSending] = useState(false);
  const similar = useSimilarQuestions(form.title);
  const update = (patch: Partial<QuestionFormInput>) => setForm((previous) => ({ ...previous, ...patch }));
  // The prompt must open in the tap's turn, so its templates are fetched before the tap.
  useEffect(() => {
    void prepareSubscriptions('questionAsk');
  }, []);

  async function submit() {
    if (sending) return;
    if (uploading) return toastMessage('图片还在上传，请稍候');
    const found = checkQuestionForm(form);
    setErrors(found);
    const first = Object.values(found)[0];
    if (first) return toastMessage(first);
    // Answers and a moderator's decision reach the phone only with consent, asked at this tap (weapp only).
    await askSubscriptions('questionAsk');
    setSending(true);
    const reply = await askQuestion({ title: form.title.trim(), body: form.body.trim(), tags: form.tags, photos });
    setSending(false);
    if (!reply.ok) {
      // CONTENT_RISKY and the server's field messages are Chinese already; show them by the text.
      if (reply.code === 'CONTENT_RISKY') setErrors({ body: reply.message });
      return toastMessage(reply.message);
    }
    onAsked(reply.data.questionId);
  }

  return (
    <View className="ask-form">
      <View className="ask-form__group">
        <Text className="ask-form__label">标题</Text>
        <Input
          className="ask-form__title"
          value={form.title}
          maxlength={TITLE_MAX}
          placeholder="一句话说明问题，如：冬天轮胎胎压打多少合适？"
          onInput={(e) => update({ title: e.detail.value })}
        />
        {errors.title && <Text className="ask-form__error">{errors.title}</Text>}
        <SimilarList items={similar} onOpen={(id) => Taro.navigateTo({ url: `${routes.qaQuestion}?id=${id}` })} />
      </View>
      <View className="ask-form__group">
        <Text className="ask-form__label">详细描述（选填）</Text>
        <Textarea
          className="ask-form__body"
          value={form.body}
          maxlength={BODY_MAX}
          placeholder="车型、症状、已经试过的办法……说得越清楚，志愿者越好回答"
          onInput={(e) => update({ body: e.detail.value })}
        />
        <Text className="ask-form__count">
          {form.body.length}/{BODY_MAX}
        </Text>
        {errors.body && <Text className="ask-form__error">{errors.body}</Text>}
      </View>
      <View className="ask-form__group">
        <Text className="ask-form__label">图片（选填，最多 {PHOTOS_MAX} 张）</Text>
        <PhotoPicker
          purpose="question-photo"
          value={photos}
          onChange={setPhotos}
          max={PHOTOS_MAX}
          disabled={sending}
          onUploadingChange={setUploading}
        />
      </View>
      <View className="ask-form__group">
        <Text className="ask-form__label">标签（最多 3 个）</Text>
        <TagPicker tags={tags} value={form.tags} onChange={(next) => update({ tags: next })} />
        {errors.tags && <Text className="ask-form__error">{errors.tags}</Text>}
      </View>
      <Button className="ask-form__submit" type="primary" block disabled={sending} onClick={submit}>
        {sending ? '发布中…' : uploading ? '图片上传中…' : '发布问题'}
      </Button>
    </View>
  );
}
