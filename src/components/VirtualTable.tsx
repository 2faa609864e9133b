import { Table, type TableProps } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

/** Lists longer than this render only the rows in view (plus a few), so 10,000 rows show at once. */
export const VIRTUAL_FROM = 150;

/** What each row must spread on its <Table.Tr>: how the virtualizer measures it. */
export type VirtualRowProps = {
  ref?: (el: HTMLTableRowElement | null) => void;
  'data-index'?: number;
};

type Props<T> = {
  rows: readonly T[];
  renderRow: (row: T, props: VirtualRowProps) => ReactNode;
  /** A <Table.Thead>, kept in view while the rows scroll. */
  head?: ReactNode;
  /** A first guess at a row's height in pixels; rows are measured as they show. */
  estimate?: number;
  tableProps?: TableProps;
  testId?: string;
};

/**
 * A table whose long lists are virtualized (@tanstack/react-virtual): the rows in view are in the
 * page, the others are spacer height, in a scroll box the height of the window. Short lists are a
 * plain table, so printing, find-in-page and small screens behave as before.
 */
export const VirtualTable = <T,>({ rows, renderRow, head, estimate = 56, tableProps, testId }: Props<T>) => {
  if (rows.length < VIRTUAL_FROM) {
    return (
      <Table {...tableProps} data-testid={testId}>
        {head}
        <Table.Tbody>{rows.map((r) => renderRow(r, {}))}</Table.Tbody>
      </Table>
    );
  }
  return <LongTable rows={rows} renderRow={renderRow} head={head} estimate={estimate} {...{ tableProps, testId }} />;
};

const LongTable = <T,>({ rows, renderRow, head, estimate = 56, tableProps, testId }: Props<T>) => {
  const box = useRef<HTMLDivElement>(null);
  // No React Compiler in this build; the virtualizer re-renders the list itself as it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => box.current,
    estimateSize: () => estimate,
    overscan: 5,
    // The first screen before the box has been measured (and in tests without layout): the box's
    // own height (its maxHeight below), so the first render draws the rows that will show and no more.
    initialRect: { width: 1000, height: Math.max(300, (globalThis.innerHeight || 1020) - 220) },
  });
  const items = v.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = v.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div
      ref={box}
      data-testid={testId ? `${testId}-scroll` : undefined}
      style={{ maxHeight: 'calc(100vh - 220px)', minHeight: 300, overflowY: 'auto' }}
    >
      {/* No stripes: the spacer row would swap odd and even as the list scrolls. */}
      <Table {...tableProps} striped={false} stickyHeader data-testid={testId} data-rows={rows.length}>
        {head}
        <Table.Tbody>
          {top > 0 ? (
            <tr aria-hidden>
              <td style={{ height: top, padding: 0, border: 0 }} colSpan={99} />
            </tr>
          ) : null}
          {items.map((it) => renderRow(rows[it.index] as T, { ref: v.measureElement, 'data-index': it.index }))}
          {bottom > 0 ? (
            <tr aria-hidden>
              <td style={{ height: bottom, padding: 0, border: 0 }} colSpan={99} />
            </tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </div>
  );
};
