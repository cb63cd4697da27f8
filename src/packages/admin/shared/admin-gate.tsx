import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import { whoami } from '@/services/users';
import './admin-gate.scss';

export interface AdminGateProps {
  /** The admin page; mounted (and so loading its data) only for admins. */
  children: ReactNode;
}

/**
 * Admin pages are reachable by URL, so each checks the caller's roles before showing
 * anything. The server refuses every admin action anyway; this only spares a non-admin
 * a page of FORBIDDEN errors.
 */
export function AdminGate({ children }: AdminGateProps) {
  useSignInRequired();
  const { state, reload } = useEnvelopeLoader(whoami);
  if (state.status === 'loading') return <Skeleton rows={4} animated />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  if (!state.data.roles.includes('admin')) {
    return (
      <View className="admin-gate__denied">
        <Text className="admin-gate__title">无权限</Text>
        <Text className="admin-gate__hint">团委管理仅对团委管理员开放，如需开通请联系学院团委。</Text>
      </View>
    );
  }
  return <>{children}</>;
}
