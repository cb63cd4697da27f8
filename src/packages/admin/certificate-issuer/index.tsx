import { View } from '@tarojs/components';
import { ErrorState } from '@/components/error-state';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { usePullDownRefreshAction } from '@/hooks/use-pull-down-refresh-action';
import { certificateIssuer } from '@/services/certificates';
import { AdminGate } from '../shared/admin-gate';
import { IssuerForm } from './issuer-form';
import '../shared/admin-page.scss';
import './index.scss';

const loadIssuer = () => certificateIssuer();

/** 出具单位设置: organisation, number prefix, person in charge, handling officer, contact and seal of every certificate. */
export default function CertificateIssuerPage() {
  return (
    <AdminGate>
      <IssuerSettingsPage />
    </AdminGate>
  );
}

function IssuerSettingsPage() {
  const { state, reload } = useEnvelopeLoader(loadIssuer);
  usePullDownRefreshAction(reload);
  if (state.status === 'loading') return <View className="admin-page" />;
  if (state.status === 'failed') return <ErrorState message={state.message} onRetry={reload} />;
  return (
    <View className="admin-page certificate-issuer">
      {/* Keyed by what was loaded: a refresh after another admin's save shows theirs. */}
      <IssuerForm key={JSON.stringify(state.data.issuer)} initial={state.data.issuer} onSaved={() => void reload()} />
    </View>
  );
}
