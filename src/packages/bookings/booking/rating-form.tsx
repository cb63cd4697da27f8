import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '@/components/button';

export interface RatingFormProps {
  /** True while the rating is being sent. @default false */
  sending?: boolean;
  onSubmit: (score: number, comment: string) => void;
}

const SCORES = [1, 2, 3, 4, 5];
const MAX_COMMENT = 200;

/** 1–5 stars drawn as text (NutUI's Rate draws icons, which weapp cannot show) and an optional comment. */
export function RatingForm({ sending = false, onSubmit }: RatingFormProps) {
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  return (
    <View className="bookings-page__card rating-form">
      <Text className="bookings-page__card-title">评价本次服务</Text>
      <View className="rating-form__stars">
        {SCORES.map((value) => (
          <Text
            key={value}
            className={`rating-form__star rating-form__star--${value} ${value <= score ? 'rating-form__star--on' : ''}`}
            onClick={() => setScore(value)}
          >
            {value <= score ? '★' : '☆'}
          </Text>
        ))}
      </View>
      <Textarea
        className="bookings-page__textarea rating-form__comment"
        value={comment}
        maxlength={MAX_COMMENT}
        placeholder="说说这次服务（选填）"
        onInput={(e) => setComment(e.detail.value)}
      />
      <Button
        className="rating-form__submit"
        variant="primary"
        disabled={score === 0 || sending}
        onClick={() => onSubmit(score, comment.trim())}
      >
        {sending ? '提交中…' : '提交评价'}
      </Button>
    </View>
  );
}
