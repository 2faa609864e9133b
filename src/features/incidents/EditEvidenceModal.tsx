import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../electron/shared/incident-schemas';
import { applyFieldErrors } from '../../api/form-errors';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';

/* The source and description of an evidence item; the file and its hash never change. The edit is logged. */

const EditForm = ({ item, onClose }: { item: EvidenceItem; onClose: () => void }) => {
  const { t } = useTranslation();
  const update = useApiMutation('evidence:update');
  const [sourceUrl, setSourceUrl] = useState(item.sourceUrl ?? '');
  const [description, setDescription] = useState(item.description ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        update.mutate(
          { id: item.id, sourceUrl, description },
          {
            onSuccess: onClose,
            onError: (err) => applyFieldErrors(err, setErrors),
          },
        );
      }}
    >
      <Stack>
        <TextInput
          label={t('incidents.evidence.sourceUrl')}
          description={t('incidents.evidence.sourceUrlHint')}
          value={sourceUrl}
          error={errors.sourceUrl}
          onChange={(e) => setSourceUrl(e.currentTarget.value)}
        />
        <Textarea
          label={t('incidents.evidence.description')}
          autosize
          minRows={2}
          value={description}
          error={errors.description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <ErrorNotice error={update.error && Object.keys(errors).length === 0 ? update.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

export const EditEvidenceModal = ({ item, onClose }: { item: EvidenceItem | null; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Modal opened={item !== null} onClose={onClose} title={t('incidents.evidence.editTitle')} size="lg">
      {item ? <EditForm item={item} onClose={onClose} /> : null}
    </Modal>
  );
};
