import { Badge, Button, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Hearing } from '../../../electron/shared/contract';
import { useEnumLabel } from '../../i18n/options';
import { formatDate, formatTime } from '../../lib/format';

/** The adjournment chain of a case: each date, its outcome and short order, and the next date. */
export const HearingTimeline = ({
  hearings,
  today,
  onRecord,
}: {
  hearings: Hearing[];
  today: string;
  onRecord: (h: Hearing) => void;
}) => {
  const { t } = useTranslation();
  const label = useEnumLabel();
  if (hearings.length === 0) return <Text c="dimmed">{t('cases.noHearings')}</Text>;
  const active = hearings.findIndex((h) => h.outcome === null);
  return (
    <Timeline active={active === -1 ? hearings.length - 1 : active - 1} bulletSize={16} lineWidth={2}>
      {hearings.map((h) => (
        <Timeline.Item
          key={h.id}
          data-testid="hearing-item"
          title={
            <Group gap="xs">
              <Text fw={600} className="tabular">
                {formatDate(h.date)} {formatTime(h.time)}
              </Text>
              {h.outcome ? (
                <Badge variant="light">{label('outcome', h.outcome)}</Badge>
              ) : (
                <Badge color={h.date < today ? 'red' : 'blue'} variant="outline">
                  {t('hearings.pending')}
                </Badge>
              )}
            </Group>
          }
        >
          <Text size="sm">{[h.courtName, h.bench, h.purpose].filter(Boolean).join(' · ')}</Text>
          {h.shortOrder ? (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {h.shortOrder}
            </Text>
          ) : null}
          {h.nextDate ? (
            <Text size="xs" c="dimmed">
              {`${t('hearings.nextDate')}: ${formatDate(h.nextDate)}`}
            </Text>
          ) : null}
          {h.outcome === null ? (
            <Button size="compact-xs" variant="light" mt={4} onClick={() => onRecord(h)}>
              {t('today.record')}
            </Button>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
};
