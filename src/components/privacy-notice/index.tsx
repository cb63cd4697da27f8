import { Text, View } from '@tarojs/components';
import { Button } from '@/components/button';
import Taro from '@tarojs/taro';
import { AGREE_BUTTON_ID } from '@/hooks/use-privacy-consent';
import './index.scss';

export interface PrivacyNoticeProps {
  /** The user agreed; on weapp this runs after WeChat has recorded the agreement. */
  onAccept: () => void;
  /** The user declined: nothing may be collected, so the caller leaves the form. */
  onDecline: () => void;
}

/** The 隐私保护指引 shown before the binding form collects a number or phone. */
export function PrivacyNotice({ onAccept, onDecline }: PrivacyNoticeProps) {
  const isWeapp = process.env.TARO_ENV === 'weapp';
  return (
    <View className="privacy-notice">
      <View className="privacy-notice__card">
        <Text className="privacy-notice__title">隐私保护指引</Text>
        <Text className="privacy-notice__body">
          为完成成员绑定与审核，星火志愿需要收集你的姓名、学号/工号、所在班级或组织，以及你自愿填写的手机号。
          这些信息只用于团委审核、志愿时长记录和活动通知，不会用于其他用途。
        </Text>
        <Text className="privacy-notice__body">
          学号/工号和手机号只有你本人和团委管理员能看到完整内容，其他成员只能看到部分打码的信息。你可以随时在“我的”页解除绑定。
        </Text>
        {isWeapp && (
          <Text className="privacy-notice__link" onClick={() => Taro.openPrivacyContract({})}>
            查看《星火志愿小程序隐私保护指引》
          </Text>
        )}
        <View className="privacy-notice__actions">
          <Button className="privacy-notice__decline" onClick={onDecline}>
            不同意
          </Button>
          {/* WeChat only records consent through this open-type; on H5 it is a plain button. */}
          <Button
            id={AGREE_BUTTON_ID}
            className="privacy-notice__accept"
            variant="primary"
            block={false}
            openType={isWeapp ? 'agreePrivacyAuthorization' : undefined}
            onAgreePrivacyAuthorization={onAccept}
            onClick={isWeapp ? undefined : onAccept}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  );
}
