import { Alert, Button, FileInput, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_MB } from '../../../electron/shared/incident-schemas';
import { ApiError } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fileSize } from './evidence-format';

/** The file's bytes as base64 (IPC carries JSON-safe values only). */
const readBase64 = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });

const AttachForm = ({ incidentId, onClose }: { incidentId: string; onClose: () => void }) => {
  const { t } = useTranslation();
  const add = useApiMutation('evidence:add');
  const [file, setFile] = useState<File | null>(null);
  const [sourceUrl, setSourceUrl] = useState('');
  const [description, setDescription] = useState('');
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  // Checked before reading: a 200 MB video is refused at once, not after a long wait.
  const tooLarge = file && file.size > EVIDENCE_MAX_BYTES;
  const choose = (f: File | null) => {
    setFile(f);
    setFileError(
      f && f.size > EVIDENCE_MAX_BYTES
        ? t('incidents.evidence.tooLarge', { size: fileSize(f.size), max: EVIDENCE_MAX_MB })
        : null,
    );
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!file) return setFileError(t('incidents.evidence.chooseFile'));
    if (tooLarge) return;
    setReading(true);
    try {
      const base64 = await readBase64(file);
      add.mutate(
        { incidentId, filename: file.name, mime: file.type || null, base64, sourceUrl, description },
        {
          onSuccess: onClose,
          onError: (err) => {
            if (err instanceof ApiError && err.fields.base64) setFileError(err.fields.base64);
          },
        },
      );
    } catch (err) {
      setFileError(err instanceof Error ? err.message : String(err));
    } finally {
      setReading(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <FileInput
          label={t('incidents.evidence.file')}
          placeholder={t('incidents.evidence.filePlaceholder')}
          withAsterisk
          clearable
          value={file}
          onChange={choose}
          error={fileError}
          data-testid="evidence-file"
        />
        <TextInput
          label={t('incidents.evidence.sourceUrl')}
          description={t('incidents.evidence.sourceUrlHint')}
          value={sourceUrl}
          onChange={(e) => setSourceUrl(e.currentTarget.value)}
        />
        <Textarea
          label={t('incidents.evidence.description')}
          placeholder={t('incidents.evidence.descriptionHint')}
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Alert variant="light" color="blue">
          {t('incidents.evidence.keptInside')}
        </Alert>
        <ErrorNotice error={add.error && !fileError ? add.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={reading || add.isPending} disabled={Boolean(tooLarge)}>
            {t('incidents.evidence.attach')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

export const AttachEvidenceModal = ({ incidentId, onClose }: { incidentId: string | null; onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Modal opened={incidentId !== null} onClose={onClose} size="lg" title={t('incidents.evidence.attachTitle')}>
      {incidentId ? <AttachForm incidentId={incidentId} onClose={onClose} /> : null}
    </Modal>
  );
};
