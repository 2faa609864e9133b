import { Anchor, Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../electron/shared/contract';
import type { DisappearanceDetail } from '../../../electron/shared/disappearance-schemas';
import { LINK_ROLES, type LinkRole } from '../../../electron/shared/disappearance-enums';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { RemoteSelect } from '../../components/RemoteSelect';
import { formatDate } from '../../lib/format';
import { href } from '../../lib/router';
import { ForumPicker } from '../cases/ReferencePickers';
import './strings';

type Record = DisappearanceDetail;

/** How a case reads in the picker: a derived title already ends with the case number. */
const caseOption = (c: Pick<CaseSummary, 'id' | 'title' | 'caseNumber'>) => ({
  value: c.id,
  label: c.caseNumber && !c.title.includes(c.caseNumber) ? `${c.title} · ${c.caseNumber}` : c.title,
});

const LinkModal = ({ record, onClose }: { record: Record; onClose: () => void }) => {
  const { t } = useTranslation();
  const link = useApiMutation('disappearances:link-case');
  const [caseId, setCaseId] = useState<string | null>(null);
  const [role, setRole] = useState<LinkRole>('habeas');
  const linked = new Set(record.cases.map((c) => c.caseId));
  return (
    <Stack>
      <RemoteSelect
        label={t('disappearance.tracks.caseToLink')}
        placeholder={t('picker.casePlaceholder')}
        data-autofocus
        channel="cases:page"
        toOption={caseOption}
        exclude={linked}
        value={caseId}
        onChange={setCaseId}
      />
      <Select
        label={t('disappearance.tracks.role')}
        allowDeselect={false}
        data={LINK_ROLES.map((r) => ({ value: r, label: t(`disappearance.roles.${r}`) }))}
        value={role}
        onChange={(v) => setRole((v as LinkRole | null) ?? 'habeas')}
      />
      <ErrorNotice error={link.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          disabled={!caseId}
          loading={link.isPending}
          onClick={() => caseId && link.mutate({ recordId: record.id, caseId, role }, { onSuccess: onClose })}
        >
          {t('disappearance.tracks.link')}
        </Button>
      </Group>
    </Stack>
  );
};

const CreateModal = ({
  record,
  role,
  onClose,
}: {
  record: Record;
  role: 'habeas' | 'commission';
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const create = useApiMutation('disappearances:create-case');
  const [forumId, setForumId] = useState<string | null>(role === 'commission' ? 'seed:coied' : null);
  const [caseNumber, setCaseNumber] = useState('');
  const [title, setTitle] = useState('');
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('disappearance.tracks.createHint')}
      </Text>
      <ForumPicker label={t('disappearance.tracks.forumLabel')} value={forumId} onChange={setForumId} />
      <TextInput
        label={t('disappearance.tracks.caseNumberLabel')}
        value={caseNumber}
        onChange={(e) => setCaseNumber(e.currentTarget.value)}
      />
      <TextInput
        label={t('disappearance.tracks.titleOptional')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
      />
      <ErrorNotice error={create.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          loading={create.isPending}
          onClick={() =>
            create.mutate(
              { recordId: record.id, role, forumId, caseNumber: caseNumber || null, title: title || null },
              { onSuccess: onClose },
            )
          }
        >
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
};

/** The habeas petition and the Commission complaint side by side, each with its next date. */
export const TracksPanel = ({ record }: { record: Record }) => {
  const { t } = useTranslation();
  const unlink = useApiMutation('disappearances:unlink-case');
  const [dialog, setDialog] = useState<'link' | 'habeas' | 'commission' | null>(null);
  const close = () => setDialog(null);
  const has = (role: LinkRole) => record.cases.some((c) => c.role === role);
  return (
    <Paper withBorder p="lg" data-testid="tracks">
      <Group justify="space-between" mb="xs">
        <Stack gap={0}>
          <Title order={4}>{t('disappearance.tracks.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('disappearance.tracks.hint')}
          </Text>
        </Stack>
        <Group gap="xs">
          {has('habeas') ? null : (
            <Button size="xs" onClick={() => setDialog('habeas')}>
              {t('disappearance.tracks.createHabeas')}
            </Button>
          )}
          {has('commission') ? null : (
            <Button size="xs" variant="light" onClick={() => setDialog('commission')}>
              {t('disappearance.tracks.createCommission')}
            </Button>
          )}
          <Button size="xs" variant="default" onClick={() => setDialog('link')}>
            {t('disappearance.tracks.link')}
          </Button>
        </Group>
      </Group>
      {record.cases.length === 0 ? (
        <Text size="sm">{t('disappearance.tracks.none')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('disappearance.tracks.role')}</Table.Th>
              <Table.Th>{t('disappearance.tracks.case')}</Table.Th>
              <Table.Th>{t('disappearance.tracks.forum')}</Table.Th>
              <Table.Th>{t('disappearance.tracks.next')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {record.cases.map((c) => (
              <Table.Tr key={c.caseId} data-testid={`track-${c.role}`}>
                <Table.Td fw={600}>{t(`disappearance.roles.${c.role}`)}</Table.Td>
                <Table.Td>
                  <Anchor href={href(`/cases/${c.caseId}`)}>{c.title}</Anchor>
                  {c.caseNumber && !c.title.includes(c.caseNumber) ? <Text size="xs">{c.caseNumber}</Text> : null}
                </Table.Td>
                <Table.Td>{c.forumName ?? '—'}</Table.Td>
                <Table.Td>
                  {c.nextHearingDate ? (
                    <>
                      <Text fw={600}>{formatDate(c.nextHearingDate)}</Text>
                      <Text size="xs">{c.nextHearingPurpose}</Text>
                    </>
                  ) : (
                    <Text c="dimmed">{t('disappearance.tracks.noNext')}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="gray"
                    onClick={() => unlink.mutate({ recordId: record.id, caseId: c.caseId })}
                  >
                    {t('disappearance.tracks.unlink')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ErrorNotice error={unlink.error} />
      <Modal opened={dialog !== null} onClose={close} size="lg" title={dialog ? t(dialogTitle[dialog]) : ''}>
        {dialog === 'link' ? <LinkModal record={record} onClose={close} /> : null}
        {dialog === 'habeas' || dialog === 'commission' ? (
          <CreateModal record={record} role={dialog} onClose={close} />
        ) : null}
      </Modal>
    </Paper>
  );
};

const dialogTitle = {
  link: 'disappearance.tracks.linkTitle',
  habeas: 'disappearance.tracks.createTitleHabeas',
  commission: 'disappearance.tracks.createTitleCommission',
} as const;
