import { Button, Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/localize';
import { CASE_STATUSES, type CaseStatus } from '../../../electron/shared/enums';
import { usePagedList } from '../../api/paged';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { useEnumOptions } from '../../i18n/options';
import { href } from '../../lib/router';
import { PagedTable } from '../../components/VirtualTable';
import { useCaseColumns } from './CaseTable';

export const CasesPage = () => {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState<CaseStatus | 'all'>('active');
  const [query] = useDebouncedValue(filter.trim(), 150);
  const statuses = [{ value: 'all', label: t('cases.allStatuses') }, ...useEnumOptions('status', CASE_STATUSES)];
  const list = usePagedList('cases:page', { query: query || null, ...(status === 'all' ? {} : { status }) });
  const columns = useCaseColumns();
  return (
    <>
      <PageHeader
        title={t('cases.title')}
        actions={
          <Button component="a" href={href('/cases/new')}>
            {t('cases.new')}
          </Button>
        }
      />
      <Group mb="md">
        <TextInput
          placeholder={t('cases.filter')}
          aria-label={t('cases.filter')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          w={360}
        />
        <SegmentedControl data={statuses} value={status} onChange={(v) => setStatus(v as CaseStatus | 'all')} />
        {list.total ? (
          <Text c="dimmed" size="sm" data-testid="cases-count">
            {t('cases.count', { count: list.total, shown: formatNumber(list.total) })}
          </Text>
        ) : null}
      </Group>
      <ErrorNotice error={list.error} />
      {list.total === 0 ? <Text c="dimmed">{t('cases.empty')}</Text> : null}
      {list.total ? <PagedTable key={list.key} {...list.table} {...columns} /> : null}
    </>
  );
};
