import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { formatDate } from '../../lib/format';
import { href } from '../../lib/router';
import './strings';

/**
 * For a draft that is an appeal from a disappearance record: the notice the editor shows beside the
 * export buttons (anonymised or naming the client, identifying details typed in since, consent
 * changed since), and a confirmation before an anonymised draft is exported. Other drafts: nothing.
 */
export const useAppealExport = (
  draftId: string,
): { notice: ReactNode; modal: ReactNode; run: (go: () => void) => void } => {
  const { t } = useTranslation();
  const q = useApiQuery('appeals:info', { draftId });
  const [pending, setPending] = useState<(() => void) | null>(null);
  const info = q.data;
  if (!info) return { notice: null, modal: null, run: (go) => go() };
  const recipient = info.organisation ?? t(`disappearance.recipients.${info.recipient}`);
  const notice = (
    <Stack gap="xs" data-testid="appeal-notice">
      <Anchor size="sm" href={href(`/disappearances/${info.recordId}`)}>
        {t('disappearance.notice.backToRecord')}
      </Anchor>
      {info.anonymised ? (
        <Alert color="orange" title={t('disappearance.notice.anonymisedTitle')}>
          {t('disappearance.notice.anonymisedBody', { recipient, withheld: info.withheld.join(', ') })}
        </Alert>
      ) : (
        <Alert color="green" title={t('disappearance.notice.namedTitle')}>
          {info.consent
            ? t('disappearance.notice.namedBody', {
                recipient,
                who: info.consent.givenByName ?? t(`disappearance.consent.givers.${info.consent.givenBy}`),
                date: formatDate(info.consent.date),
              })
            : null}
        </Alert>
      )}
      {info.found.length > 0 ? (
        <Alert color="red">{t('disappearance.notice.found', { found: info.found.join(', ') })}</Alert>
      ) : null}
      {info.anonymised === info.consentNow ? <Alert color="yellow">{t('disappearance.notice.changed')}</Alert> : null}
    </Stack>
  );
  const modal = (
    <Modal opened={pending !== null} onClose={() => setPending(null)} title={t('disappearance.notice.confirmTitle')}>
      <Stack>
        <Text>{t('disappearance.notice.confirmBody', { recipient })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setPending(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => {
              const go = pending;
              setPending(null);
              go?.();
            }}
          >
            {t('disappearance.notice.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { notice, modal, run: (go) => (info.anonymised ? setPending(() => go) : go()) };
};
