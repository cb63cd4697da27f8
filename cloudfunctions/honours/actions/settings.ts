import type { HonoursContract } from '@core/honours.contract';
import type { ActionInvocation } from '../../_lib/define-function';
import { readHonourSettings } from '../../_lib/honours/honour-settings.repository';

export const settings = async (_invocation: ActionInvocation<HonoursContract['settings']>) => ({ settings: await readHonourSettings() });
