import {
  ActionIcon,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { useEnumLabel } from '../../i18n/options';
import { holidayName } from '../../i18n/rule-names';
import { formatDate } from '../../lib/format';
import { HolidayModal } from './HolidayModal';

type Scoped = { courtId: string | null; forumType: string | null; province: string | null };

/** Court calendars: holidays and vacations by year, and the weekly off days of each forum. */
export const CalendarPage = () => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const cal = useApiQuery('calendar:get', {});
  const courts = useApiQuery('courts:list', {});
  const remove = useApiMutation('holidays:delete');
  const [year, setYear] = useState('2026');
  const [adding, setAdding] = useState(false);
  const courtName = (id: string | null) => courts.data?.find((c) => c.id === id)?.name ?? id;
  const scope = (s: Scoped) =>
    s.courtId
      ? (courtName(s.courtId) ?? '')
      : [label('forumType', s.forumType), label('province', s.province)].filter(Boolean).join(', ') ||
        t('calendarPage.everywhere');
  const holidays = (cal.data?.holidays ?? []).filter((h) => h.dateFrom.startsWith(year) || h.dateTo.startsWith(year));
  const groups = new Map<string, number[]>();
  for (const c of cal.data?.closures ?? []) groups.set(scope(c), [...(groups.get(scope(c)) ?? []), c.weekday]);
  return (
    <>
      <PageHeader
        title={t('calendarPage.title')}
        subtitle={t('calendarPage.intro')}
        actions={<Button onClick={() => setAdding(true)}>{t('calendarPage.addHoliday')}</Button>}
      />
      <ErrorNotice error={cal.error ?? remove.error} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={4}>{t('calendarPage.holidays')}</Title>
              <SegmentedControl
                aria-label={t('calendarPage.year')}
                value={year}
                onChange={setYear}
                data={['2024', '2025', '2026', '2027']}
              />
            </Group>
            <Paper withBorder>
              <Table verticalSpacing="xs">
                <Table.Tbody>
                  {holidays.map((h) => (
                    <Table.Tr key={h.id} data-testid="holiday-row">
                      <Table.Td w={220} className="tabular">
                        {h.dateFrom === h.dateTo
                          ? formatDate(h.dateFrom)
                          : `${formatDate(h.dateFrom)} – ${formatDate(h.dateTo)}`}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {holidayName(h.name)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {scope(h)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <Badge variant="light" color={h.kind === 'vacation' ? 'grape' : 'teal'}>
                            {label('holidayKind', h.kind)}
                          </Badge>
                          {h.provisional ? (
                            <Badge color="orange" variant="outline">
                              {t('calendarPage.provisional')}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td w={40}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('calendarPage.delete')} ${h.name}`}
                          onClick={() => remove.mutate({ id: h.id })}
                        >
                          ×
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="xs">
            <Title order={4}>{t('calendarPage.closures')}</Title>
            <Paper withBorder p="sm">
              {[...groups.entries()].map(([name, days]) => (
                <Group key={name} justify="space-between" py={4}>
                  <Text size="sm">{name}</Text>
                  <Text size="sm" fw={600}>
                    {days
                      .sort()
                      .map((d) => label('weekday', String(d)))
                      .join(', ')}
                  </Text>
                </Group>
              ))}
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <HolidayModal opened={adding} onClose={() => setAdding(false)} />
    </>
  );
};
