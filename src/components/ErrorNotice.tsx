import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const ErrorNotice = ({ error }: { error: Error | null | undefined }) => {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" title={t('common.error')} role="alert" my="sm">
      {error.message}
    </Alert>
  );
};
