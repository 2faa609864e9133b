import { Badge, Grid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardDeadline } from '../../../electron/shared/deadline-schemas';
import { useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable } from '../../components/VirtualTable';
import { ruleName } from '../../i18n/rule-names';
import { formatDate, partyNames } from '../../lib/format';
import { href } from '../../lib/router';
import { DeadlineList } from './DeadlineList';

const Bucket = ({
  title,
  color,
  items,
  today,
}: {
  title: string;
  color: string;
  items: DashboardDeadline[];
  today: string;
}) => {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid={`bucket-${title}`}>
      <Title order={4}>
        {title}{' '}
        <Badge color={color} variant={items.length ? 'filled' : 'light'}>
          {items.length}
        </Badge>
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('deadlines.nothing')}
        </Text>
      ) : (
        <DeadlineList
          deadlines={items}
          today={today}
          caseLink={(d) => ({
            href: href(`/cases/${d.caseId}`),
            label: `${d.caseNumber ?? d.caseTitle} · ${partyNames(d.parties, true)}`,
          })}
        />
      )}
    </Stack>
  );
};

const Section = ({ children }: { children: ReactNode }) => (
  <Paper withBorder p="md">
    {children}
  </Paper>
);

/** Overdue, due today, the next 7 and 30 days; and every client in custody with the next milestone. */
export const DeadlinesPage = () => {
  const { t } = useTranslation();
  const q = useApiQuery('deadlines:dashboard', {});
  if (q.error) return <ErrorNotice error={q.error} />;
  const d = q.data;
  if (!d) return <Text>{t('common.loading')}</Text>;
  return (
    <>
      <PageHeader title={t('deadlines.title')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <Bucket title={t('deadlines.overdue')} color="red" items={d.overdue} today={d.today} />
            <Bucket title={t('deadlines.dueToday')} color="orange" items={d.dueToday} today={d.today} />
            <Bucket title={t('deadlines.next7')} color="blue" items={d.next7} today={d.today} />
            <Bucket title={t('deadlines.next30')} color="gray" items={d.next30} today={d.today} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Section>
            <Title order={4} mb="sm">
              {t('deadlines.custody')}
            </Title>
            <VirtualTable
              rows={d.custody}
              estimate={80}
              tableProps={{ verticalSpacing: 'sm' }}
              renderRow={(c, row) => (
                <Table.Tr key={c.caseId} {...row} data-testid="custody-row">
                  <Table.Td>
                    <a href={href(`/cases/${c.caseId}`)}>{c.caseNumber ?? c.caseTitle}</a>
                    <Text size="sm">{partyNames(c.parties, true)}</Text>
                    <Text size="xs" c="dimmed">{`${t('deadlines.arrested')} ${formatDate(c.arrestDate)}`}</Text>
                  </Table.Td>
                  <Table.Td ta="center">
                    <Text fw={700} size="lg">
                      {c.daysInCustody}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('deadlines.daysInCustody')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {c.next ? (
                      <>
                        <Text size="sm" fw={600}>
                          {formatDate(c.next.dueDate)}
                        </Text>
                        <Text size="xs">{ruleName(c.next.title)}</Text>
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              )}
            />
          </Section>
        </Grid.Col>
      </Grid>
    </>
  );
};
