import { DEFAULT_QA_TAGS } from '@core/qa-tags';
import { useEnvelopeLoader } from '@/hooks/use-envelope-loader';
import { listQaTags } from '@/services/qa';

/** The tag catalogue admins edit; core's defaults until (or if) the server answers. */
export function useQaTags(): readonly string[] {
  const { state } = useEnvelopeLoader(listQaTags);
  return state.status === 'ready' ? state.data.tags : DEFAULT_QA_TAGS;
}
