import { Alert, Button, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_FIELD_GROUPS, type ImportField, type ImportPreview } from '../../../electron/shared/import-schemas';

const NONE = '__none';
const GROUP_LABEL = { client: 'groupClient', case: 'groupCase', hearing: 'groupHearing', other: 'groupOther' } as const;

/** Step 2: each column of the file, its heading and examples, and the Muhafiz field it fills. */
export const MappingStep = ({
  preview,
  mapping,
  onMapping,
  onHeaderRow,
  onSheet,
  onBack,
  onNext,
  busy,
}: {
  preview: ImportPreview;
  mapping: (ImportField | null)[];
  onMapping: (m: (ImportField | null)[]) => void;
  onHeaderRow: (row: number) => void;
  onSheet: (sheet: string) => void;
  onBack: () => void;
  onNext: () => void;
  busy: boolean;
}) => {
  const { t } = useTranslation();
  const used = new Set(mapping.filter(Boolean));
  const data = [
    { group: t('import.map.leaveOut'), items: [{ value: NONE, label: t('import.map.leaveOut') }] },
    ...(Object.keys(GROUP_LABEL) as (keyof typeof GROUP_LABEL)[]).map((g) => ({
      group: t(`import.map.${GROUP_LABEL[g]}`),
      items: IMPORT_FIELD_GROUPS[g].map((f) => ({ value: f, label: t(`import.fields.${f}`) })),
    })),
  ];
  const set = (i: number, v: string | null) => {
    const next = [...mapping];
    const field = !v || v === NONE ? null : (v as ImportField);
    // A field fills one column: choosing it here takes it from the column that had it.
    if (field) next.forEach((f, j) => f === field && (next[j] = null));
    next[i] = field;
    onMapping(next);
  };
  const canImport = ['clientName', 'clientNameUr', 'firNumber', 'caseNumber'].some((f) => used.has(f as ImportField));
  return (
    <Stack>
      <Text>{t('import.map.intro', { file: preview.filename })}</Text>
      <Group align="flex-end">
        {preview.sheets.length > 1 ? (
          <Select
            label={t('import.pick.sheet')}
            data={preview.sheets}
            value={preview.sheet}
            onChange={(v) => v && onSheet(v)}
            allowDeselect={false}
            w={240}
          />
        ) : null}
        <NumberInput
          label={t('import.map.headerRow')}
          value={preview.headerRow}
          min={1}
          max={50}
          onChange={(v) => typeof v === 'number' && v >= 1 && v <= 50 && onHeaderRow(v)}
          w={200}
        />
      </Group>
      <Alert color={preview.mappingSource === 'remembered' ? 'teal' : 'blue'} variant="light">
        {preview.mappingSource === 'remembered' ? t('import.map.remembered') : t('import.map.suggested')}
      </Alert>
      <Table verticalSpacing="xs" striped data-testid="mapping-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('import.map.column')}</Table.Th>
            <Table.Th>{t('import.map.heading')}</Table.Th>
            <Table.Th>{t('import.map.examples')}</Table.Th>
            <Table.Th w={280}>{t('import.map.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.columns.map((c) => (
            <Table.Tr key={c.index}>
              <Table.Td>
                <Text fw={600}>{c.letter}</Text>
              </Table.Td>
              <Table.Td>
                <Text>{c.header ? <bdi>{c.header}</bdi> : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {c.samples.map((s, i) => (
                    <span key={i}>
                      {i ? ' · ' : ''}
                      <bdi>{s}</bdi>
                    </span>
                  ))}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`${t('import.map.field')}: ${c.letter} ${c.header}`}
                  data={data}
                  value={mapping[c.index] ?? NONE}
                  onChange={(v) => set(c.index, v)}
                  allowDeselect={false}
                  maxDropdownHeight={320}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!canImport ? <Alert color="yellow">{t('import.map.noName')}</Alert> : null}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          {t('common.back')}
        </Button>
        <Button onClick={onNext} loading={busy} disabled={!canImport}>
          {t('import.map.next')}
        </Button>
      </Group>
    </Stack>
  );
};
