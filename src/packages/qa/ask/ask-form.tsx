import { useEffect, useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '@/components/button';
import { FieldError, RequiredMark } from '@/components/form-field';
import { PhotoPicker } from '@/components/photo-picker';
import { toastMessage } from '@/feedback/toast';
import { fieldAnchorId } from '@/hooks/field-errors';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useQaTags } from '@/hooks/use-qa-tags';
import { routes } from '@/navigation/routes';
import { askQuestion } from '@/services/qa';
import { askSubscriptions, prepareSubscriptions } from '@/services/subscriptions';
import { BODY_MAX, checkQuestionForm, PHOTOS_MAX, TITLE_MAX, type QuestionFormInput } from '../shared/post-rules';
import { TagPicker } from '../shared/tag-picker';
import { SimilarList } from './similar-list';
import { useSimilarQuestions } from './use-similar-questions';

export interface AskFormProps {
  /** Called with the new question's id once the server has stored it. */
  onAsked: (questionId: string) => void;
}

const emptyForm: QuestionFormInput = { title: '', body: '', tags: [] };
const fieldOrder: (keyof QuestionFormInput)[] = ['title', 'body', 'tags'];

/**
 * Title (with similar questions), text, photos and tags; checked here with the server's limits, then
 * sent. Photos are claimed as `question-photo` while they upload, so publishing only names them.
 */
export function AskForm({ onAsked }: AskFormProps) {
  const tags = useQaTags();
  const [form, setForm] = useState(emptyForm);
  const fieldErrors = useFieldErrors(fieldOrder);
  const { errors } = fieldErrors;
  const [photos, setPhotos] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [sending, setSending] = useState(false);
  const similar = useSimilarQuestions(form.title);
  const update = (patch: Partial<QuestionFormInput>) => {
    const next = { ...form, ...patch };
    setForm(next);
    fieldErrors.recheck(checkQuestionForm(next));
  };
  // The prompt must open in the tap's turn, so its templates are fetched before the tap.
  useEffect(() => {
    void prepareSubscriptions('questionAsk');
  }, []);

  async function submit() {
    if (sending) return;
    if (uploading) return toastMessage('图片还在上传，请稍候');
    // Beside their fields only, the first scrolled into view: no toast repeats them.
    if (fieldErrors.show(checkQuestionForm(form))) return;
    // Answers and a moderator's decision reach the phone only with consent, asked at this tap (weapp only).
    await askSubscriptions('questionAsk');
    setSending(true);
    const reply = await askQuestion({ title: form.title.trim(), body: form.body.trim(), tags: form.tags, photos });
    setSending(false);
    if (!reply.ok) {
      // CONTENT_RISKY is about the text: beside it. Anything else is the page's to say.
      if (reply.code === 'CONTENT_RISKY') return void fieldErrors.show({ body: reply.message });
      return toastMessage(reply.message);
    }
    onAsked(reply.data.questionId);
  }

  return (
    <View className="ask-form">
      <View id={fieldAnchorId('title')} className="ask-form__group">
        <Text className="ask-form__label">
          标题
          <RequiredMark />
        </Text>
        <Input
          className="ask-form__title"
          value={form.title}
          maxlength={TITLE_MAX}
          placeholder="一句话说明问题，如：冬天轮胎胎压打多少合适？"
          onInput={(e) => update({ title: e.detail.value })}
        />
        <FieldError error={errors.title} />
        <SimilarList items={similar} onOpen={(id) => Taro.navigateTo({ url: `${routes.qaQuestion}?id=${id}` })} />
      </View>
      <View id={fieldAnchorId('body')} className="ask-form__group">
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
        <FieldError error={errors.body} />
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
      <View id={fieldAnchorId('tags')} className="ask-form__group">
        <Text className="ask-form__label">
          标签（最多 3 个）
          <RequiredMark />
        </Text>
        <TagPicker tags={tags} value={form.tags} onChange={(next) => update({ tags: next })} />
        <FieldError error={errors.tags} />
      </View>
      <Button className="ask-form__submit" variant="primary" disabled={sending} onClick={submit}>
        {sending ? '发布中…' : uploading ? '图片上传中…' : '发布问题'}
      </Button>
    </View>
  );
}
