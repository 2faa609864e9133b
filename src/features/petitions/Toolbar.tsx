import { Button, Group } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

type Tool = { label: string; title: string; active?: boolean; run: () => void };

/** A plain toolbar: the formatting a petition needs, and right-to-left for Urdu paragraphs. */
export const Toolbar = ({ editor }: { editor: Editor }) => {
  const { t } = useTranslation();
  const chain = () => editor.chain().focus();
  const rtl = editor.isActive({ dir: 'rtl' });
  const tools: Tool[] = [
    {
      label: 'B',
      title: t('misc.toolbar.bold'),
      active: editor.isActive('bold'),
      run: () => chain().toggleBold().run(),
    },
    {
      label: 'I',
      title: t('misc.toolbar.italic'),
      active: editor.isActive('italic'),
      run: () => chain().toggleItalic().run(),
    },
    {
      label: 'U',
      title: t('misc.toolbar.underline'),
      active: editor.isActive('underline'),
      run: () => chain().toggleUnderline().run(),
    },
    {
      label: 'H',
      title: t('misc.toolbar.heading'),
      active: editor.isActive('heading', { level: 2 }),
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      label: '1.',
      title: t('misc.toolbar.numbered'),
      active: editor.isActive('orderedList'),
      run: () => chain().toggleOrderedList().run(),
    },
    {
      label: '•',
      title: t('misc.toolbar.bulleted'),
      active: editor.isActive('bulletList'),
      run: () => chain().toggleBulletList().run(),
    },
    {
      label: '⇤',
      title: t('misc.toolbar.alignLeft'),
      active: editor.isActive({ textAlign: 'left' }),
      run: () => chain().setTextAlign('left').run(),
    },
    {
      label: '↔',
      title: t('misc.toolbar.centre'),
      active: editor.isActive({ textAlign: 'center' }),
      run: () => chain().setTextAlign('center').run(),
    },
    {
      label: '⇥',
      title: t('misc.toolbar.alignRight'),
      active: editor.isActive({ textAlign: 'right' }),
      run: () => chain().setTextAlign('right').run(),
    },
    {
      label: '≡',
      title: t('misc.toolbar.justify'),
      active: editor.isActive({ textAlign: 'justify' }),
      run: () => chain().setTextAlign('justify').run(),
    },
    {
      label: 'RTL',
      title: t('misc.toolbar.rtl'),
      active: rtl,
      run: () =>
        chain()
          .updateAttributes('paragraph', { dir: rtl ? null : 'rtl' })
          .updateAttributes('heading', { dir: rtl ? null : 'rtl' })
          .run(),
    },
  ];
  return (
    <Group gap={4} p={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      {tools.map((tool) => (
        <Button
          key={tool.label}
          size="compact-sm"
          variant={tool.active ? 'filled' : 'subtle'}
          color="gray"
          title={tool.title}
          aria-label={tool.title}
          aria-pressed={tool.active}
          onClick={tool.run}
        >
          {tool.label}
        </Button>
      ))}
    </Group>
  );
};
