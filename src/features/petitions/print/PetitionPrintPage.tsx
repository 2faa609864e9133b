import '@fontsource/noto-nastaliq-urdu/700.css';
import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/queries';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { navigate, useRoute } from '../../../lib/router';
import { draftToReact, hasUrdu } from './draft-html';
import './petition.css';

/* Paper as courts take it: legal (8.5 x 14 in) by default, or A4; 1.5 in on the left for binding. */
const PAPER = { a4: 'A4 portrait', legal: 'legal portrait' } as const;
type Paper = keyof typeof PAPER;
const MARGINS = '1in 1in 1in 1.5in';
/** Each page numbered at the foot, as the DOCX footer is. */
const PAGE_NUMBER = `@bottom-center { content: counter(page); font: 10pt 'Noto Serif', serif; }`;

/** Loads the faces the draft prints in (bundled with the app), so the PDF never falls back to boxes. */
const loadFaces = (urdu: boolean): Promise<unknown> => {
  const faces = ['400 12pt "Noto Serif"', '700 12pt "Noto Serif"', 'italic 400 12pt "Noto Serif"'];
  const loads = faces.map((f) => document.fonts.load(f, 'Petition'));
  if (urdu) for (const w of [400, 700]) loads.push(document.fonts.load(`${w} 14pt "Noto Nastaliq Urdu"`, 'درخواست'));
  return Promise.all(loads).then(() => document.fonts.ready);
};

/** A petition draft laid out for filing: print it, or save it as PDF from the print dialog. */
export const PetitionPrintPage = ({ draftId }: { draftId: string }) => {
  const { t } = useTranslation();
  const { params } = useRoute();
  const paper: Paper = params.get('paper') === 'a4' ? 'a4' : 'legal';
  const draft = useApiQuery('petitions:get', { id: draftId });
  const html = draft.data?.html;
  const content = useMemo(() => (html === undefined ? null : draftToReact(html)), [html]);
  const [readyFor, setReadyFor] = useState<string | null>(null);
  useEffect(() => {
    if (html === undefined) return;
    let live = true;
    void loadFaces(hasUrdu(html)).then(() => live && setReadyFor(html));
    return () => {
      live = false;
    };
  }, [html]);
  const ready = html !== undefined && readyFor === html;
  const urdu = draft.data?.language === 'ur';

  return (
    <div className={`petition-print ${paper}`}>
      <style>{`@page { size: ${PAPER[paper]}; margin: ${MARGINS}; ${PAGE_NUMBER} }`}</style>
      <Group className="no-print" mb="md" p="md" bg="gray.0">
        <Button variant="default" onClick={() => window.history.back()}>
          {t('common.back')}
        </Button>
        <SegmentedControl
          aria-label={t('print.paper')}
          value={paper}
          onChange={(v) =>
            navigate(`/print-petition/${encodeURIComponent(draftId)}?paper=${v === 'a4' ? 'a4' : 'legal'}`)
          }
          data={[
            { value: 'a4', label: 'A4' },
            { value: 'legal', label: 'Legal' },
          ]}
        />
        <Button onClick={() => void document.fonts.ready.then(() => window.print())} disabled={!ready}>
          {t('print.print')}
        </Button>
      </Group>
      <ErrorNotice error={draft.error} />
      {draft.isPending ? (
        <Text className="no-print" ta="center">
          {t('common.loading')}
        </Text>
      ) : null}
      {content !== null ? (
        <div
          className={`petition-sheet${urdu ? ' urdu' : ''}`}
          data-testid="petition-sheet"
          data-ready={ready ? 'true' : 'false'}
          dir={urdu ? 'rtl' : 'ltr'}
          lang={urdu ? 'ur' : 'en'}
        >
          {content}
        </div>
      ) : null}
    </div>
  );
};
