import { Alert, Button, FileButton, Paper, Stack, Stepper, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateOrder, ImportBatch, ImportPreview } from '../../../electron/shared/import-schemas';
import { call } from '../../api/client';
import { queryClient } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { BatchList, ExportCard } from './ExportCard';
import { fileProblem, readPicked, request, type Choices, type PickedFile } from './import-state';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ImportDone, ImportProgress } from './RunStep';
import './strings';

const START: Choices = { sheet: null, headerRow: null, mapping: null, dateOrder: {} };

/**
 * Bringing a spreadsheet diary in: pick the file, match its columns, check every row, import
 * (with progress) and, if need be, undo. Nothing is written before the last step.
 */
export const ImportPage = () => {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [choices, setChoices] = useState<Choices>(START);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  // The choices as of the last click (a render may lag behind), and which preview is the newest:
  // two quick answers must both count, and an older preview arriving late must not undo the newer.
  const latest = useRef<Choices>(START);
  const asked = useRef(0);
  const choose = (c: Choices) => {
    latest.current = c;
    setChoices(c);
  };

  /** Asks the backend for the preview with these choices; the mapping it used becomes the lawyer's. */
  const look = async (f: PickedFile, c: Choices, then?: number) => {
    const mine = ++asked.current;
    latest.current = c;
    setBusy('preview');
    setError(null);
    try {
      const p = await call('import:preview', request(f, c));
      if (mine !== asked.current) return;
      setPreview(p);
      choose({ sheet: p.sheet, headerRow: p.headerRow, mapping: p.mapping, dateOrder: p.dateOrder });
      if (then !== undefined) setStep(then);
    } catch (e) {
      if (mine === asked.current) setError(e as Error);
    } finally {
      if (mine === asked.current) setBusy(null);
    }
  };

  const onPick = async (picked: File | null) => {
    if (!picked) return;
    const problem = fileProblem(picked);
    if (problem) return setError(new Error(t(`import.pick.${problem}`)));
    setBusy('read');
    const f = await readPicked(picked);
    setFile(f);
    setBatch(null);
    await look(f, START, 1);
  };

  const run = async () => {
    if (!file || !preview) return;
    setStep(3);
    setError(null);
    const { clients, cases, hearings } = preview.counts.create;
    try {
      const b = await call('import:run', { ...request(file, choices), expected: { clients, cases, hearings } });
      setBatch(b);
      await queryClient.invalidateQueries();
    } catch (e) {
      setError(e as Error);
      setStep(2);
    }
  };

  const reset = () => {
    asked.current++;
    setStep(0);
    setFile(null);
    setPreview(null);
    choose(START);
    setBatch(null);
    setError(null);
  };

  return (
    <>
      <PageHeader title={t('import.title')} subtitle={t('import.intro')} />
      <Stack>
        <Paper withBorder p="lg">
          <Stepper active={batch ? 4 : step} size="sm" mb="lg" allowNextStepsSelect={false}>
            <Stepper.Step label={t('import.steps.pick')} />
            <Stepper.Step label={t('import.steps.map')} />
            <Stepper.Step label={t('import.steps.preview')} />
            <Stepper.Step label={t('import.steps.run')} />
          </Stepper>
          <ErrorNotice error={error} />
          {step === 0 ? (
            <Stack align="flex-start">
              <Text size="sm" c="dimmed">
                {t('import.pick.help')}
              </Text>
              <FileButton onChange={(f) => void onPick(f)} accept=".xlsx,.csv,text/csv">
                {(props) => (
                  <Button {...props} loading={busy !== null} data-testid="pick-file">
                    {t('import.pick.choose')}
                  </Button>
                )}
              </FileButton>
            </Stack>
          ) : null}
          {step === 1 && preview && file && choices.mapping ? (
            <MappingStep
              preview={preview}
              mapping={choices.mapping}
              onMapping={(mapping) => choose({ ...latest.current, mapping })}
              onHeaderRow={(headerRow) => void look(file, { ...choices, headerRow, mapping: null })}
              onSheet={(sheet) => void look(file, { ...START, sheet })}
              onBack={reset}
              onNext={() => void look(file, latest.current, 2)}
              busy={busy === 'preview'}
            />
          ) : null}
          {step === 2 && preview && file ? (
            <PreviewStep
              preview={preview}
              dateOrder={choices.dateOrder}
              onDateOrder={(column: number, order: DateOrder) => {
                const c = latest.current;
                const next = { ...c, dateOrder: { ...c.dateOrder, [String(column)]: order } };
                choose(next);
                void look(file, next);
              }}
              onBack={() => setStep(1)}
              onCancel={reset}
              onImport={() => void run()}
              busy={busy === 'preview'}
            />
          ) : null}
          {step === 3 ? batch ? <ImportDone batch={batch} onAnother={reset} /> : <ImportProgress /> : null}
          {step === 3 && error ? <Alert color="red">{t('import.run.failed')}</Alert> : null}
        </Paper>
        {/* While an import writes (its transaction open), nothing else here may read or write. */}
        {step === 3 && !batch && !error ? null : (
          <>
            <BatchList />
            <ExportCard />
          </>
        )}
      </Stack>
    </>
  );
};
