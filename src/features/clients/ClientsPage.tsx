import { Badge, Button, Group, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable } from '../../components/VirtualTable';
import { useEnumLabel } from '../../i18n/options';
import { href, navigate } from '../../lib/router';
import '../import/strings';
import { RiskBadge } from './RiskBadge';

export const ClientsPage = () => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [filter, setFilter] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [query] = useDebouncedValue(filter.trim(), 150);
  const list = useApiQuery('clients:list', { query: query || null, includeArchived });
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
      </Group>
      <ErrorNotice error={list.error} />
      {list.data?.length === 0 ? <Text c="dimmed">{t('clients.empty')}</Text> : null}
      {list.data && list.data.length > 0 ? (
        <VirtualTable
          rows={list.data}
          testId="clients-table"
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
          renderRow={(c, row) => (
            <Table.Tr
              key={c.id}
              {...row}
              data-testid="client-row"
              style={{ cursor: 'pointer' }}
              onClick={() => navigate(`/clients/${c.id}`)}
            >
              <Table.Td>
                <Group gap="xs">
                  <a href={href(`/clients/${c.id}`)} onClick={(e) => e.stopPropagation()}>
                    <Text fw={600} span>
                      {c.fullName}
                    </Text>
                  </a>
                  {c.nameUr ? (
                    <Text span className="urdu" size="sm">
                      {c.nameUr}
                    </Text>
                  ) : null}
                  {c.sensitive ? (
                    <Badge color="grape" variant="light">
                      {c.codename ?? t('clients.sensitive')}
                    </Badge>
                  ) : null}
                  {c.archived ? <Badge color="gray">{t('clients.archived')}</Badge> : null}
                </Group>
              </Table.Td>
              <Table.Td>{label('category', c.category)}</Table.Td>
              <Table.Td>{c.district}</Table.Td>
              <Table.Td>
                <RiskBadge level={c.riskLevel} />
              </Table.Td>
              <Table.Td className="tabular">{c.activeCases}</Table.Td>
            </Table.Tr>
          )}
        />
      ) : null}
    </>
  );
};
