import { Badge, Button, Group, Image, Modal, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../electron/shared/incident-schemas';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { downloadBase64 } from '../../lib/download';
import { href } from '../../lib/router';
import { formatInstant } from '../audit/history';
import { ConfirmAction } from './ConfirmAction';
import { EditEvidenceModal } from './EditEvidenceModal';
import { canPreview, fileSize, groupedHash, ltr } from './evidence-format';

type Shown = { item: EvidenceItem; src: string | null };

/** The image itself, from its bytes (a data: URL: nothing is written to disk to show it). */
const Viewer = ({ shown, onClose }: { shown: Shown | null; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Modal
      opened={shown !== null}
      onClose={onClose}
      size="xl"
      title={shown ? t('incidents.evidence.viewerTitle', { name: shown.item.filename }) : ''}
    >
      {shown?.src ? (
        <Image src={shown.src} alt={shown.item.description ?? shown.item.filename} fit="contain" mah="70vh" />
      ) : (
        <Text>{t('incidents.evidence.noPreview')}</Text>
      )}
      {shown ? (
        <Text size="xs" c="dimmed" mt="sm" className="tabular" style={{ wordBreak: 'break-all' }}>
          {`${t('incidents.evidence.sha256')}: ${ltr(groupedHash(shown.item.sha256))}`}
        </Text>
      ) : null}
    </Modal>
  );
};

const EvidenceRow = ({
  item,
  onView,
  onEdit,
}: {
  item: EvidenceItem;
  onView: (s: Shown) => void;
  onEdit: () => void;
}) => {
  const { t } = useTranslation();
  const file = useApiMutation('evidence:file');
  const verify = useApiMutation('evidence:verify');
  const remove = useApiMutation('evidence:delete');
  const view = () =>
    file.mutate(
      { id: item.id, purpose: 'view' },
      { onSuccess: (f) => onView({ item, src: canPreview(f.mime) ? `data:${f.mime};base64,${f.base64}` : null }) },
    );
  const save = () =>
    file.mutate({ id: item.id, purpose: 'export' }, { onSuccess: (f) => downloadBase64(f.filename, f.base64, f.mime) });
  const result = verify.data;
  return (
    <Paper withBorder p="sm" data-testid="evidence-row">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {item.filename}
            </Text>
            <Text size="xs" c="dimmed">
              {`${item.mime} · ${fileSize(item.sizeBytes)}`}
            </Text>
          </Group>
          {item.description ? <Text size="sm">{item.description}</Text> : null}
          {item.sourceUrl ? (
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {`${t('incidents.evidence.source')}: ${ltr(item.sourceUrl)}`}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed" className="tabular" style={{ wordBreak: 'break-all' }} data-testid="evidence-hash">
            {`${t('incidents.evidence.sha256')}: ${ltr(groupedHash(item.sha256))}`}
          </Text>
          <Text size="xs" c="dimmed">
            {t('incidents.evidence.added', { when: formatInstant(item.addedAt), who: item.addedBy })}
          </Text>
          {result ? (
            <Badge
              color={result.match ? 'green' : 'red'}
              variant="light"
              data-testid="verify-result"
              style={{ whiteSpace: 'normal', height: 'auto' }}
            >
              {result.match ? t('incidents.evidence.verified') : t('incidents.evidence.mismatch')}
            </Badge>
          ) : null}
          <ErrorNotice error={file.error ?? verify.error ?? remove.error} />
        </Stack>
        <Stack gap={4} align="stretch" style={{ flexShrink: 0 }}>
          {canPreview(item.mime) ? (
            <Button size="compact-sm" variant="light" onClick={view} loading={file.isPending}>
              {t('incidents.evidence.view')}
            </Button>
          ) : null}
          <Button size="compact-sm" variant="default" onClick={save}>
            {t('incidents.evidence.save')}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => verify.mutate({ id: item.id })}
            loading={verify.isPending}
          >
            {t('incidents.evidence.verify')}
          </Button>
          <Button size="compact-sm" variant="default" onClick={onEdit}>
            {t('incidents.evidence.editDetails')}
          </Button>
          <Button size="compact-sm" variant="default" component="a" href={href(`/print-custody/${item.id}`)}>
            {t('incidents.evidence.custodySheet')}
          </Button>
          <ConfirmAction
            label={t('incidents.evidence.remove')}
            question={t('incidents.evidence.removeConfirm')}
            loading={remove.isPending}
            onConfirm={() => remove.mutate({ id: item.id })}
          />
        </Stack>
      </Group>
    </Paper>
  );
};

export const EvidenceList = ({ items }: { items: EvidenceItem[] }) => {
  const [shown, setShown] = useState<Shown | null>(null);
  const [editing, setEditing] = useState<EvidenceItem | null>(null);
  if (items.length === 0) return null;
  return (
    <Stack gap="xs">
      {items.map((item) => (
        <EvidenceRow key={item.id} item={item} onView={setShown} onEdit={() => setEditing(item)} />
      ))}
      <Viewer shown={shown} onClose={() => setShown(null)} />
      <EditEvidenceModal item={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
};
