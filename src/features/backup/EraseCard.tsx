import { Button, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ERASE_CONFIRMATION } from '../../../electron/shared/backup-schemas';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import './strings';

/** The typed confirmation and the button: nothing is erased until the word is typed exactly. */
export const EraseForm = () => {
  const { t } = useTranslation();
  const erase = useApiMutation('vault:erase');
  const [typed, setTyped] = useState('');
  return (
    <Stack data-testid="erase-form">
      <Text size="sm">{t('backup.eraseIntro')}</Text>
      <TextInput
        label={t('backup.eraseConfirmLabel', { word: ERASE_CONFIRMATION })}
        value={typed}
        onChange={(e) => setTyped(e.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <ErrorNotice error={erase.error} />
      <Button
        color="red"
        disabled={typed !== ERASE_CONFIRMATION}
        loading={erase.isPending}
        onClick={() => erase.mutate({ confirm: ERASE_CONFIRMATION })}
      >
        {t('backup.eraseButton')}
      </Button>
    </Stack>
  );
};

/** A link that opens the erase form in a dialog (the unlock screen). */
export const EraseLink = () => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="subtle" color="red" size="xs" onClick={() => setOpen(true)}>
        {t('backup.eraseLink')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('backup.eraseTitle')}>
        <EraseForm />
      </Modal>
    </>
  );
};

/** Settings: quick erase. */
export const EraseCard = () => {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" maw={760} mt="lg" data-testid="quick-erase">
      <Stack>
        <Title order={4} c="red.8">
          {t('backup.eraseTitle')}
        </Title>
        <EraseForm />
      </Stack>
    </Paper>
  );
};
