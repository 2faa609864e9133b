import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onBackendEvent } from './api/client';
import { useApiQuery } from './api/queries';
import { Shell } from './components/Shell';
import { ErrorNotice } from './components/ErrorNotice';
import { SetupScreen } from './features/vault/SetupScreen';
import { UnlockScreen } from './features/vault/UnlockScreen';
import { useLockShortcut } from './features/vault/useLockShortcut';
import { Routes } from './Routes';
import { PetitionPrintPage } from './features/petitions/print/PetitionPrintPage';
import { CauseListPage } from './features/print/CauseListPage';
import { DossierPrintPage } from './features/reports/DossierPrintPage';
import { CustodySheetPage } from './features/incidents/CustodySheetPage';
import { IncidentLogPrintPage } from './features/incidents/IncidentLogPrintPage';
import { ReportPrintPage } from './features/reports/ReportPrintPage';
import { SummaryPrintPage } from './features/reports/SummaryPrintPage';
import { useRoute } from './lib/router';

/** The vault gate: first run sets a passphrase, later runs unlock, then the app. */
export const App = () => {
  const status = useApiQuery('vault:status', {});
  const { segments } = useRoute();
  const qc = useQueryClient();
  useLockShortcut();
  useEffect(() => onBackendEvent('app:locked', () => void qc.invalidateQueries()), [qc]);
  const state = status.data?.state;
  useEffect(() => {
    // Once locked, no client data stays behind in the renderer's cache.
    if (state !== 'unlocked') qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'vault:status' });
  }, [state, qc]);

  if (status.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (status.isError) return <ErrorNotice error={status.error} />;
  if (status.data.state === 'new') return <SetupScreen />;
  if (status.data.state === 'locked') return <UnlockScreen />;
  // The printed cause list is a page of its own, without the app's chrome.
  if (segments[0] === 'print') return <CauseListPage />;
  if (segments[0] === 'print-petition' && segments[1]) return <PetitionPrintPage draftId={segments[1]} />;
  if (segments[0] === 'print-summary' && segments[1]) return <SummaryPrintPage caseId={segments[1]} />;
  if (segments[0] === 'print-dossier' && segments[1]) return <DossierPrintPage clientId={segments[1]} />;
  if (segments[0] === 'print-report') return <ReportPrintPage />;
  if (segments[0] === 'print-custody' && segments[1]) return <CustodySheetPage evidenceId={segments[1]} />;
  if (segments[0] === 'print-incidents' && segments[1]) return <IncidentLogPrintPage clientId={segments[1]} />;
  return (
    <Shell>
      <Routes />
    </Shell>
  );
};
