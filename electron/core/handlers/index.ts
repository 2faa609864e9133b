import { auditHandlers } from './audit';
import { backupHandlers } from './backup';
import { bailHandlers } from './bail';
import { caseHandlers } from './cases';
import { deadlineHandlers } from './deadlines';
import { clientHandlers } from './clients';
import { diaryHandlers } from './diary';
import { disappearanceHandlers } from './disappearances';
import type { Handlers } from './context';
import { hearingHandlers } from './hearings';
import { importHandlers } from './imports';
import { incidentHandlers } from './incidents';
import { petitionHandlers } from './petitions';
import { referenceHandlers } from './reference';
import { reportHandlers } from './reports';
import { searchHandlers } from './search';
import { vaultHandlers } from './vault';

/** The whole handler table; a contract channel missing here is a compile error. */
export const handlers: Handlers = {
  ...vaultHandlers,
  ...referenceHandlers,
  ...clientHandlers,
  ...caseHandlers,
  ...hearingHandlers,
  ...searchHandlers,
  ...diaryHandlers,
  ...deadlineHandlers,
  ...bailHandlers,
  ...petitionHandlers,
  ...reportHandlers,
  ...backupHandlers,
  ...auditHandlers,
  ...incidentHandlers,
  ...disappearanceHandlers,
  ...importHandlers,
};

export type { HandlerContext, Handlers } from './context';
