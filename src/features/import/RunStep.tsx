import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '../../../electron/shared/import-schemas';
import { call } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { navigate } from '../../lib/router';
import { countList } from './import-state';

/** While the import writes: how far it has got, asked of the backend a few times a second. */
export const ImportProgress = () => {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    let stop = false;
    const tick = async () => {
      const p = await call('import:progress', {}).catch(() => null);
      if (!stop) {
        if (p) setProgress({ done: p.done, total: p.total });
        setTimeout(() => void tick(), 150);
      }
    };
    void tick();
    return () => {
      stop = true;
    };
  }, []);
  const percent = progress && progress.total ? (progress.done / progress.total) * 100 : 0;
  return (
    <Stack data-testid="import-progress">
      <Text>{progress ? t('import.run.writing', progress) : t('import.run.starting')}</Text>
      <Progress value={percent} animated size="lg" />
    </Stack>
  );
};

/** Undo of a whole import, after a confirmation; says what stands in the way when it cannot. */
export const UndoImport = ({
  batch,
  size = 'sm',
  onUndone,
}: {
  batch: ImportBatch;
  size?: 'xs' | 'sm';
  onUndone?: (b: ImportBatch) => void;
}) => {
  const { t } = useTranslation();
  const undo = useApiMutation('import:undo');
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button color="red" variant="light" size={size} onClick={() => setConfirming(true)}>
        {t('import.run.undo')}
      </Button>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('import.run.undoTitle', { file: batch.filename })}
      >
        <Text size="sm" mb="md">
          {t('import.run.undoBody')}
        </Text>
        <ErrorNotice error={undo.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={undo.isPending}
            onClick={() =>
              undo.mutate(
                { id: batch.id },
                {
                  onSuccess: (b) => {
                    setConfirming(false);
                    onUndone?.(b);
                  },
                },
              )
            }
          >
            {t('import.run.undoConfirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
};

/** After the import: what was added, and undo of the whole import. */
export const ImportDone = ({ batch, onAnother }: { batch: ImportBatch; onAnother: () => void }) => {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(batch);
  return (
    <Stack data-testid="import-done">
      {current.undoneAt ? (
        <Alert color="gray" title={t('import.run.undone')} />
      ) : (
        <Alert color="teal" title={t('import.run.done', { file: batch.filename })}>
          <Text size="sm">{t('import.run.created', { list: countList(t, batch.created) })}</Text>
          {batch.rowsSkipped ? <Text size="sm">{t('import.run.skipped', { count: batch.rowsSkipped })}</Text> : null}
        </Alert>
      )}
      <Group>
        {!current.undoneAt ? <UndoImport batch={current} onUndone={setCurrent} /> : null}
        <Button variant="default" onClick={onAnother}>
          {t('import.run.another')}
        </Button>
        <Button variant="default" onClick={() => navigate('/clients')}>
          {t('import.run.toClients')}
        </Button>
      </Group>
    </Stack>
  );
};
