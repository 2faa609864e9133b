import { useTranslation } from 'react-i18next';

/** Select options for an enum, labelled through i18n (enums.<group>.<value>). */
export const useEnumOptions = (group: string, values: readonly string[]) => {
  const { t } = useTranslation();
  return values.map((value) => ({ value, label: t(`enums.${group}.${value}`) }));
};

export const useEnumLabel = () => {
  const { t } = useTranslation();
  return (group: string, value: string | null | undefined): string => (value ? t(`enums.${group}.${value}`) : '');
};
