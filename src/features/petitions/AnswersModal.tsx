import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Fields the case lacks, asked before drafting ("answers.client.guardianName" → "Needed: father's name"). */
export const AnswersModal = ({
  fields,
  onClose,
  onSubmit,
  busy,
}: {
  fields: Record<string, string> | null;
  onClose: () => void;
  onSubmit: (answers: Record<string, string>) => void;
  busy: boolean;
}) => {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>({});
  const entries = Object.entries(fields ?? {}).filter(([k]) => k.startsWith('answers.'));
  const ready = entries.every(([k]) => (values[k.slice(8)] ?? '').trim() !== '');
  return (
    <Modal opened={fields !== null} onClose={onClose} title={t('petitions.missingTitle')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready)
            onSubmit(Object.fromEntries(entries.map(([k]) => [k.slice(8), (values[k.slice(8)] ?? '').trim()])));
        }}
      >
        <Stack>
          <Text size="sm">{t('petitions.missingIntro')}</Text>
          {entries.map(([k, label], i) => (
            <TextInput
              key={k}
              label={label.replace(/^Needed: /, '')}
              data-autofocus={i === 0 ? true : undefined}
              value={values[k.slice(8)] ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setValues((old) => ({ ...old, [k.slice(8)]: v }));
              }}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!ready} loading={busy}>
              {t('petitions.draftIt')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
