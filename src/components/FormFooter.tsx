import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from './ErrorNotice';

/** The foot of a dialog's form: what went wrong (if anything), then Cancel and Save. */
export const FormFooter = ({
  error,
  saving,
  onCancel,
}: {
  error: Error | null | undefined;
  saving: boolean;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <ErrorNotice error={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Group>
    </>
  );
};
