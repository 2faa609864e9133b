import { Accordion, Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deadline, DeadlineSummary } from '../../../electron/shared/deadline-schemas';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { VirtualList } from '../../components/VirtualList';
import { useEnumLabel } from '../../i18n/options';
import { ruleName } from '../../i18n/rule-names';
import { formatDate } from '../../lib/format';
import { formatNumber } from '../../lib/localize';
import { Working, WorkingOf } from './Working';

/** A case's deadlines come with their working; the dashboard's with the statute and section only. */
type Listed = Deadline | DeadlineSummary;

const statuteOf = (d: Listed) =>
  'explanation' in d ? `${d.explanation.statute} ${d.explanation.section}` : `${d.statute} ${d.section}`;

const dueColor = (d: Listed, today: string) => {
  if (d.status !== 'open') return 'gray';
  if (d.dueDate < today) return 'red';
  if (d.dueDate === today) return 'orange';
  return 'blue';
};

type Link = { href: string; label: string } | null;

/** The case named in the row (plain text: the row is a button) and, once opened, a link to it. */
const CaseName = ({ link }: { link: Link }) => (link ? <Text size="sm">{link.label}</Text> : null);
const CaseLink = ({ link }: { link: Link }) =>
  link ? (
    <Text size="sm" mb="xs">
      <a href={link.href}>{`→ ${link.label}`}</a>
    </Text>
  ) : null;

/** Deadlines, each opening to its working, with one click to mark it done, dismiss or reopen it. */
export const DeadlineList = <T extends Listed>({
  deadlines,
  today,
  caseLink,
}: {
  deadlines: T[];
  today: string;
  /** On the dashboard: the case each deadline belongs to, as a link. */
  caseLink?: (d: T) => { href: string; label: string } | null;
}) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const setStatus = useApiMutation('deadlines:set-status');
  const [opened, setOpened] = useState<string | null>(null);
  if (deadlines.length === 0) return <Text c="dimmed">{t('deadlines.noDeadlines')}</Text>;
  return (
    <>
      <ErrorNotice error={setStatus.error} />
      <Accordion variant="separated" chevronPosition="left" value={opened} onChange={setOpened}>
        <VirtualList
          rows={deadlines}
          rowKey={(d) => d.id}
          gap={8}
          renderRow={(d) => (
            <Accordion.Item key={d.id} value={d.id} data-testid="deadline">
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="sm" wrap="nowrap">
                    <Badge color={dueColor(d, today)} variant={d.status === 'open' ? 'filled' : 'light'} miw={130}>
                      {`${formatDate(d.dueDate)}${d.dueTime ? ` ${d.dueTime}` : ''}`}
                    </Badge>
                    <div>
                      <Text fw={600} td={d.status === 'open' ? undefined : 'line-through'}>
                        {d.occurrence > 1 ? `${ruleName(d.title)} (${formatNumber(d.occurrence)})` : ruleName(d.title)}
                      </Text>
                      <CaseName link={caseLink?.(d) ?? null} />
                      <Text size="xs" c="dimmed">
                        {[statuteOf(d), d.obsolete ? t('deadlines.obsolete') : null].filter(Boolean).join(' · ')}
                      </Text>
                    </div>
                  </Group>
                  {d.status !== 'open' ? <Badge variant="outline">{label('deadlineStatus', d.status)}</Badge> : null}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <CaseLink link={caseLink?.(d) ?? null} />
                {'explanation' in d ? <Working e={d.explanation} /> : <WorkingOf id={d.id} opened={opened === d.id} />}
                <Group mt="sm">
                  {d.status === 'open' ? (
                    <>
                      <Button size="xs" onClick={() => setStatus.mutate({ id: d.id, status: 'completed' })}>
                        {t('deadlines.complete')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setStatus.mutate({ id: d.id, status: 'dismissed' })}
                      >
                        {t('deadlines.dismiss')}
                      </Button>
                    </>
                  ) : (
                    <Button size="xs" variant="default" onClick={() => setStatus.mutate({ id: d.id, status: 'open' })}>
                      {t('deadlines.reopen')}
                    </Button>
                  )}
                </Group>
              </Accordion.Panel>
            </Accordion.Item>
          )}
        />
      </Accordion>
    </>
  );
};
