import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '@/components/button';
import { FieldError } from '@/components/form-field';
import { PhotoPicker } from '@/components/photo-picker';
import { toastMessage, toastSuccess } from '@/feedback/toast';
import { fieldAnchorId } from '@/hooks/field-errors';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { answerQuestion } from '@/services/qa';
import { BODY_MAX, checkAnswerBody, PHOTOS_MAX } from '../shared/post-rules';

export interface AnswerFormProps {
  questionId: string;
  /** Called once the server has stored the answer. */
  onAnswered: () => void;
}

/** 我来回答: text and up to 6 photos (claimed as `answer-photo`); the asker is notified by the server. */
export function AnswerForm({ questionId, onAnswered }: AnswerFormProps) {
  const [body, setBody] = useState('');
  const fieldErrors = useFieldErrors(['body']);
  const [photos, setPhotos] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [sending, setSending] = useState(false);

  async function submit() {
    if (sending) return;
    if (uploading) return toastMessage('图片还在上传，请稍候');
    // Beside the text only: no toast repeats it.
    if (fieldErrors.show({ body: checkAnswerBody(body) ?? undefined })) return;
    setSending(true);
    const reply = await answerQuestion({ questionId, body: body.trim(), photos });
    setSending(false);
    if (!reply.ok) {
      // CONTENT_RISKY is about the text: beside it. Anything else is a toast.
      if (reply.code === 'CONTENT_RISKY') return void fieldErrors.show({ body: reply.message });
      return toastMessage(reply.message);
    }
    setBody('');
    setPhotos([]);
    toastSuccess('已回答');
    onAnswered();
  }

  return (
    <View id={fieldAnchorId('body')} className="answer-form">
      <Text className="answer-form__label">我来回答</Text>
      <Textarea
        className="answer-form__body"
        value={body}
        maxlength={BODY_MAX}
        placeholder="分享你的经验或建议"
        onInput={(e) => {
          setBody(e.detail.value);
          fieldErrors.recheck({ body: checkAnswerBody(e.detail.value) ?? undefined });
        }}
      />
      <PhotoPicker
        purpose="answer-photo"
        value={photos}
        onChange={setPhotos}
        max={PHOTOS_MAX}
        disabled={sending}
        onUploadingChange={setUploading}
      />
      <FieldError error={fieldErrors.errors.body} />
      <Button className="answer-form__submit" variant="primary" disabled={sending} onClick={submit}>
        {sending ? '提交中…' : uploading ? '图片上传中…' : '提交回答'}
      </Button>
    </View>
  );
}
