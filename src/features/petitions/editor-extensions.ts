import { Extension, Node } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import StarterKit from '@tiptap/starter-kit';

/** Right-to-left paragraphs and headings (Urdu), kept as `dir="rtl"` in the draft HTML. */
const Direction = Extension.create({
  name: 'direction',
  addGlobalAttributes: () => [
    {
      types: ['paragraph', 'heading', 'listItem'],
      attributes: {
        dir: {
          default: null,
          parseHTML: (el) => el.getAttribute('dir'),
          renderHTML: (attrs: { dir?: string | null }) => (attrs.dir ? { dir: attrs.dir } : {}),
        },
      },
    },
  ],
});

/**
 * The lawyer's own part of a draft (`<section data-section="grounds">`): kept as a block so that
 * regenerating the petition from the case can leave it exactly as the lawyer wrote it.
 */
const LawyerSection = Node.create({
  name: 'lawyerSection',
  group: 'block',
  content: 'block+',
  defining: true,
  addAttributes: () => ({
    section: {
      default: 'grounds',
      parseHTML: (el) => el.getAttribute('data-section'),
      renderHTML: (attrs: { section?: string }) => ({ 'data-section': attrs.section }),
    },
  }),
  parseHTML: () => [{ tag: 'section[data-section]' }],
  renderHTML: ({ HTMLAttributes }) => ['section', HTMLAttributes, 0],
});

export const editorExtensions = [
  // No links: nothing in a petition should lead out of the offline window.
  StarterKit.configure({ link: false, code: false, codeBlock: false }),
  TextAlign.configure({ types: ['heading', 'paragraph'], alignments: ['left', 'center', 'right', 'justify'] }),
  Table.configure({ resizable: false }),
  TableRow,
  TableHeader,
  TableCell,
  Direction,
  LawyerSection,
];
