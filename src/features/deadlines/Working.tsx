import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../../electron/shared/deadline-schemas';
import { useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useEnumLabel } from '../../i18n/options';
import { workingLine, workingReason } from '../../i18n/working';
import { formatDate } from '../../lib/format';
import { formatNumber } from '../../lib/localize';

const url = (source: string) => /https?:\/\/\S+/.exec(source)?.[0];

/** How a date was worked out: the rule, its source and confidence, each step, what was excluded or skipped. */
export const Working = ({ e }: { e: Explanation }) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const link = url(e.source);
  return (
    <Stack gap="xs" data-testid="working">
      <Group gap="xs">
        <Text fw={600}>{`${e.statute} ${e.section}`}</Text>
        <Badge color={e.confidence === 'verified' ? 'teal' : 'orange'} variant="light">
          {label('confidence', e.confidence)}
        </Badge>
      </Group>
      <List size="sm" spacing={2}>
        {e.steps.map((s) => (
          <List.Item key={s}>{workingLine(s)}</List.Item>
        ))}
      </List>
      {e.excluded.length > 0 ? (
        <Text size="sm">
          {`${t('deadlines.excluded')}: `}
          {e.excluded
            .map(
              (x) =>
                `${formatNumber(x.days)} (${formatDate(x.from)} – ${formatDate(x.to)}, ${workingReason(x.reason)})`,
            )
            .join('; ')}
        </Text>
      ) : null}
      {e.skipped.length > 0 ? (
        <Text size="sm">
          {`${t('deadlines.skipped')}: `}
          {e.skipped.map((x) => `${formatDate(x.date)} (${workingReason(x.reason)})`).join('; ')}
        </Text>
      ) : null}
      {e.warnings.map((w) => (
        <Text key={w} size="sm" c="orange.8">
          {`⚠ ${workingLine(w)}`}
        </Text>
      ))}
      <Text size="xs" c="dimmed">
        {`${t('deadlines.source')}: `}
        {/* Shown, never opened from the app: links leave the offline, sandboxed window. */}
        {link ? <Anchor component="span">{e.source}</Anchor> : e.source}
      </Text>
    </Stack>
  );
};

/**
 * The working of a deadline listed without it (the dashboard: issue 8), asked for once the item is
 * opened and kept by the query cache when it is closed and opened again.
 */
export const WorkingOf = ({ id, opened }: { id: string; opened: boolean }) => {
  const { t } = useTranslation();
  const q = useApiQuery('deadlines:working', { id }, opened);
  if (q.error) return <ErrorNotice error={q.error} />;
  // A closed item asks for nothing and shows nothing (not a "Loading…" that never ends).
  if (!q.data && !opened) return null;
  if (!q.data)
    return (
      <Text size="sm" c="dimmed">
        {t('common.loading')}
      </Text>
    );
  return <Working e={q.data} />;
};
