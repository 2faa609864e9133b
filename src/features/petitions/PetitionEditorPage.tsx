import { Badge, Button, Grid, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../electron/shared/petition-schemas';
import { ApiError, call } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { downloadBase64 } from '../../lib/download';
import { formatDate } from '../../lib/format';
import { href, navigate } from '../../lib/router';
import { useAppealExport } from '../disappearance/AppealNotice';
import { joinArticle, splitArticle } from './article';
import { AnswersModal } from './AnswersModal';
import { editorExtensions } from './editor-extensions';
import { Toolbar } from './Toolbar';
import './editor.css';

const Editor = ({ draft }: { draft: Draft }) => {
  const { t } = useTranslation();
  const parts = splitArticle(draft.html);
  const save = useApiMutation('petitions:save');
  const regenerate = useApiMutation('petitions:regenerate');
  const [paper, setPaper] = useState<'legal' | 'a4'>('legal');
  const [asking, setAsking] = useState<Record<string, string> | null>(null);
  const [exportError, setExportError] = useState<Error | null>(null);
  // An appeal drafted from a disappearance record says before export whether it names the client.
  const appeal = useAppealExport(draft.id);
  const editor = useEditor({ extensions: editorExtensions, content: parts.inner, immediatelyRender: true }, [
    draft.id,
    draft.versions[0]?.version,
  ]);
  const html = () => joinArticle({ attrs: parts.attrs, inner: editor?.getHTML() ?? parts.inner });
  const doRegenerate = (answers?: Record<string, string>) =>
    regenerate.mutate(answers ? { id: draft.id, answers } : { id: draft.id }, {
      onSuccess: () => setAsking(null),
      onError: (e) => {
        if (e instanceof ApiError && e.code === 'VALIDATION' && Object.keys(e.fields).length) setAsking(e.fields);
      },
    });
  const exportDocx = async () => {
    try {
      const file = await call('petitions:export-docx', { id: draft.id, paper });
      downloadBase64(file.filename, file.base64, file.mime);
      setExportError(null);
    } catch (e) {
      setExportError(e as Error);
    }
  };
  if (!editor) return null;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 9 }}>
        <Paper withBorder>
          <Toolbar editor={editor} />
          <div
            className={`petition-page${parts.attrs.dir === 'rtl' ? ' rtl' : ''}`}
            dir={parts.attrs.dir ?? undefined}
            data-testid="petition-editor"
          >
            <EditorContent editor={editor} />
          </div>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 3 }}>
        <Stack>
          <Button onClick={() => save.mutate({ id: draft.id, html: html() })} loading={save.isPending}>
            {t('petitions.save')}
          </Button>
          <Button variant="default" onClick={() => doRegenerate()} loading={regenerate.isPending}>
            {t('petitions.regenerate')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('petitions.regenerateHint')}
          </Text>
          <SegmentedControl
            aria-label={t('petitions.paper')}
            value={paper}
            onChange={(v) => setPaper(v as 'legal' | 'a4')}
            data={[
              { value: 'legal', label: 'Legal' },
              { value: 'a4', label: 'A4' },
            ]}
          />
          {appeal.notice}
          <Button variant="default" onClick={() => appeal.run(() => void exportDocx())}>
            {t('petitions.exportDocx')}
          </Button>
          <Button
            component="a"
            variant="default"
            href={href(`/print-petition/${draft.id}?paper=${paper}`)}
            onClick={(e: MouseEvent) => {
              e.preventDefault();
              appeal.run(() => navigate(`/print-petition/${draft.id}?paper=${paper}`));
            }}
          >
            {t('petitions.printPdf')}
          </Button>
          <ErrorNotice
            error={
              save.error ??
              (regenerate.error instanceof ApiError && regenerate.error.code === 'VALIDATION'
                ? null
                : regenerate.error) ??
              exportError
            }
          />
          <Title order={6}>{t('petitions.versions')}</Title>
          <Stack gap={4} data-testid="versions">
            {draft.versions.map((v) => (
              <Group key={v.id} gap={6} wrap="nowrap">
                <Badge variant="light" w={40}>
                  {v.version}
                </Badge>
                <Text size="xs">{`${t(`petitions.reason.${v.reason}`)} · ${v.author} · ${formatDate(v.createdAt.slice(0, 10))} ${v.createdAt.slice(11, 16)}Z`}</Text>
              </Group>
            ))}
          </Stack>
        </Stack>
      </Grid.Col>
      {appeal.modal}
      <AnswersModal
        fields={asking}
        onClose={() => setAsking(null)}
        onSubmit={(answers) => doRegenerate(answers)}
        busy={regenerate.isPending}
      />
    </Grid>
  );
};

/** A drafted petition: edit it, save versions, regenerate from the case, export to Word or PDF. */
export const PetitionEditorPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const q = useApiQuery('petitions:get', { id });
  if (q.error) return <ErrorNotice error={q.error} />;
  if (!q.data) return <Text>{t('common.loading')}</Text>;
  return (
    <>
      <PageHeader
        title={q.data.title}
        subtitle={<a href={href(`/cases/${q.data.caseId}`)}>{t('petitions.backToCase')}</a>}
      />
      <Editor draft={q.data} />
    </>
  );
};
