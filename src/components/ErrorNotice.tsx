import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { localMessage } from '../i18n/errors';

export const ErrorNotice = ({ error }: { error: Error | null | undefined }) => {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" title={t('common.error')} role="alert" my="sm">
      {localMessage(error.message, error instanceof ApiError ? error.code : undefined)}
    </Alert>
  );
};
