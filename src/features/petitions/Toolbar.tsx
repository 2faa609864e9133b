import { Button, Group } from '@mantine/core';
import type { Editor } from '@tiptap/react';

type Tool = { label: string; title: string; active?: boolean; run: () => void };

/** A plain toolbar: the formatting a petition needs, and right-to-left for Urdu paragraphs. */
export const Toolbar = ({ editor }: { editor: Editor }) => {
  const chain = () => editor.chain().focus();
  const rtl = editor.isActive({ dir: 'rtl' });
  const tools: Tool[] = [
    { label: 'B', title: 'Bold', active: editor.isActive('bold'), run: () => chain().toggleBold().run() },
    { label: 'I', title: 'Italic', active: editor.isActive('italic'), run: () => chain().toggleItalic().run() },
    {
      label: 'U',
      title: 'Underline',
      active: editor.isActive('underline'),
      run: () => chain().toggleUnderline().run(),
    },
    {
      label: 'H',
      title: 'Heading',
      active: editor.isActive('heading', { level: 2 }),
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      label: '1.',
      title: 'Numbered list',
      active: editor.isActive('orderedList'),
      run: () => chain().toggleOrderedList().run(),
    },
    {
      label: '•',
      title: 'Bulleted list',
      active: editor.isActive('bulletList'),
      run: () => chain().toggleBulletList().run(),
    },
    {
      label: '⇤',
      title: 'Align left',
      active: editor.isActive({ textAlign: 'left' }),
      run: () => chain().setTextAlign('left').run(),
    },
    {
      label: '↔',
      title: 'Centre',
      active: editor.isActive({ textAlign: 'center' }),
      run: () => chain().setTextAlign('center').run(),
    },
    {
      label: '⇥',
      title: 'Align right',
      active: editor.isActive({ textAlign: 'right' }),
      run: () => chain().setTextAlign('right').run(),
    },
    {
      label: '≡',
      title: 'Justify',
      active: editor.isActive({ textAlign: 'justify' }),
      run: () => chain().setTextAlign('justify').run(),
    },
    {
      label: 'RTL',
      title: 'Right to left (Urdu)',
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
          key={tool.title}
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
