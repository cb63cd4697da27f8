import { View } from '@tarojs/components';
import { EmptyState, type EmptyStateProps } from '@/components/empty-state';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { useSignInRequired } from '@/navigation/sign-in-guard';
import './index.scss';

export type ListPlaceholderPageProps = EmptyStateProps;

/**
 * A tab whose list arrives in a later issue: the empty state it will show when the
 * list is empty, with pull-down refresh already wired so the gesture feels native.
 */
export function ListPlaceholderPage(props: ListPlaceholderPageProps) {
  useSignInRequired();
  // Nothing to fetch yet; the gesture only closes its spinner.
  usePullDownRefreshAction(() => undefined);
  return (
    <View className="list-placeholder-page">
      <EmptyState {...props} />
    </View>
  );
}
