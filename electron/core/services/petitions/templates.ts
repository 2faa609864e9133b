import { adjournment } from './pack/adjournment-en';
import { adjournmentUr } from './pack/adjournment-ur';
import { bail497Hc } from './pack/bail-497-hc-en';
import { bail497Sessions } from './pack/bail-497-sessions-en';
import { bail497SessionsUr } from './pack/bail-497-sessions-ur';
import { bail498 } from './pack/bail-498-en';
import { bail498Ur } from './pack/bail-498-ur';
import { bailAta21d } from './pack/bail-ata-21d-en';
import { certifiedCopy } from './pack/certified-copy-en';
import { certifiedCopyUr } from './pack/certified-copy-ur';
import { habeas } from './pack/habeas-199-491-en';
import { protectiveBail } from './pack/protective-bail-en';
import { quashment } from './pack/quashment-561a-en';
import { suspension426 } from './pack/suspension-426-en';
import { vakalatnama } from './pack/vakalatnama-en';
import { vakalatnamaUr } from './pack/vakalatnama-ur';
import type { ShippedTemplate } from './types';

/**
 * The petition pack shipped with Muhafiz: English for the High Courts (and the Sessions Court),
 * Urdu for the district courts where Urdu is used. Formats: shared/domain/pakistan-law.md §5.
 */
export const SHIPPED_TEMPLATES: readonly ShippedTemplate[] = [
  bail497Hc,
  bail497Sessions,
  bail497SessionsUr,
  bail498,
  bail498Ur,
  bailAta21d,
  protectiveBail,
  suspension426,
  habeas,
  quashment,
  certifiedCopy,
  certifiedCopyUr,
  adjournment,
  adjournmentUr,
  vakalatnama,
  vakalatnamaUr,
];
