import { Button, Group, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/localize';
import { PAGE_SIZE, usePagedList } from '../../api/paged';
import { loadOnRoute } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable, type VirtualRowProps } from '../../components/VirtualTable';
import { href } from '../../lib/router';
import '../import/strings';
import { ClientRow, useClientRowLabels, type ClientListRow } from './ClientRow';

// The list's first page as the page first asks for it (no filter, archived clients hidden). Registered
// as the module loads, before React subscribes to the address: the request leaves first.
loadOnRoute('/clients', 'clients:page', { query: null, includeArchived: false, offset: 0, limit: PAGE_SIZE });

export const ClientsPage = () => {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [query] = useDebouncedValue(filter.trim(), 150);
  const list = usePagedList('clients:page', { query: query || null, includeArchived });
  const labels = useClientRowLabels();
  // Stable while the language is, so the memoized rows are reused as the virtualizer re-renders.
  const renderRow = useCallback(
    (c: ClientListRow, row: VirtualRowProps) => (
      <ClientRow key={c.id} client={c} labels={labels} measure={row.ref} index={row['data-index']} />
    ),
    [labels],
  );
  return (
    <>
      <PageHeader
        title={t('clients.title')}
        actions={
          <>
            <Button component="a" variant="default" href={href('/import')}>
              {t('import.open')}
            </Button>
            <Button component="a" href={href('/clients/new')}>
              {t('clients.new')}
            </Button>
          </>
        }
      />
      <Group mb="md">
        <TextInput
          placeholder={t('clients.filter')}
          aria-label={t('clients.filter')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          w={360}
        />
        <Switch
          label={t('clients.showArchived')}
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
        />
        {list.total ? (
          <Text c="dimmed" size="sm" data-testid="clients-count">
            {t('clients.count', { count: list.total, shown: formatNumber(list.total) })}
          </Text>
        ) : null}
      </Group>
      <ErrorNotice error={list.error} />
      {list.total === 0 ? <Text c="dimmed">{t('clients.empty')}</Text> : null}
      {list.total ? (
        <PagedTable
          key={list.key}
          {...list.table}
          testId="clients-table"
          estimate={50}
          tableProps={{ highlightOnHover: true, striped: true, verticalSpacing: 'sm' }}
          head={
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clients.fields.fullName')}</Table.Th>
                <Table.Th>{t('clients.fields.category')}</Table.Th>
                <Table.Th>{t('clients.fields.district')}</Table.Th>
                <Table.Th>{t('clients.fields.riskLevel')}</Table.Th>
                <Table.Th>{t('clients.activeCases')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
          }
          renderRow={renderRow}
        />
      ) : null}
    </>
  );
};
