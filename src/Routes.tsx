import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CaseFormPage } from './features/cases/CaseFormPage';
import { CasePage } from './features/cases/CasePage';
import { CasesPage } from './features/cases/CasesPage';
import { ClientFormPage } from './features/clients/ClientFormPage';
import { ClientPage } from './features/clients/ClientPage';
import { ClientsPage } from './features/clients/ClientsPage';
import { CalendarPage } from './features/calendar/CalendarPage';
import { DeadlinesPage } from './features/deadlines/DeadlinesPage';
import { DiaryPage } from './features/diary/DiaryPage';
import { DisappearancePage } from './features/disappearance/DisappearancePage';
import { PetitionEditorPage } from './features/petitions/PetitionEditorPage';
import { ImportPage } from './features/import/ImportPage';
import { ReportsPage } from './features/reports/ReportsPage';
import { RulesPage } from './features/rules/RulesPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { TodayPage } from './features/today/TodayPage';
import { useRoute } from './lib/router';

export const Routes = () => {
  const { segments, params } = useRoute();
  const { t } = useTranslation();
  const [section, id, action] = segments;
  if (!section) return <TodayPage />;
  if (section === 'diary') return <DiaryPage />;
  if (section === 'settings') return <SettingsPage />;
  if (section === 'deadlines') return <DeadlinesPage />;
  if (section === 'rules') return <RulesPage />;
  if (section === 'calendar') return <CalendarPage />;
  if (section === 'reports') return <ReportsPage />;
  if (section === 'import') return <ImportPage />;
  if (section === 'petitions' && id) return <PetitionEditorPage id={id} />;
  if (section === 'disappearances' && id) return <DisappearancePage id={id} />;
  if (section === 'clients') {
    if (!id) return <ClientsPage />;
    if (id === 'new') return <ClientFormPage />;
    return action === 'edit' ? <ClientFormPage id={id} /> : <ClientPage id={id} />;
  }
  if (section === 'cases') {
    if (!id) return <CasesPage />;
    if (id === 'new') return <CaseFormPage clientId={params.get('client')} />;
    return action === 'edit' ? <CaseFormPage id={id} /> : <CasePage id={id} />;
  }
  return <Text>{t('common.notFound')}</Text>;
};
