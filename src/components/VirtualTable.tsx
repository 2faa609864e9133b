import { Skeleton, Table, type TableProps } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';

/** Lists longer than this render only the rows in view (plus a few), so 10,000 rows show at once. */
export const VIRTUAL_FROM = 150;

/** What each row must spread on its <Table.Tr>: how the virtualizer measures it. */
export type VirtualRowProps = {
  ref?: (el: HTMLTableRowElement | null) => void;
  'data-index'?: number;
};

type Common<T> = {
  renderRow: (row: T, props: VirtualRowProps) => ReactNode;
  /** A <Table.Thead>, kept in view while the rows scroll. */
  head?: ReactNode;
  /** A first guess at a row's height in pixels; rows are measured as they show. */
  estimate?: number;
  tableProps?: TableProps;
  testId?: string;
};
type Props<T> = Common<T> & { rows: readonly T[] };

/**
 * A table whose long lists are virtualized (@tanstack/react-virtual): the rows in view are in the
 * page, the others are spacer height, in a scroll box the height of the window. Short lists are a
 * plain table, so printing, find-in-page and small screens behave as before.
 */
export const VirtualTable = <T,>({ rows, ...rest }: Props<T>) => {
  if (rows.length < VIRTUAL_FROM) {
    return (
      <Table {...rest.tableProps} data-testid={rest.testId}>
        {rest.head}
        <Table.Tbody>{rows.map((r) => rest.renderRow(r, {}))}</Table.Tbody>
      </Table>
    );
  }
  return <LongTable count={rows.length} rowAt={(i) => rows[i]} {...rest} />;
};

type PagedProps<T> = Common<T> & {
  /** How many rows the whole list has. */
  count: number;
  /** The row at an index, or undefined while its page is on its way. */
  rowAt: (index: number) => T | undefined;
  /** Told the first and last index in view (overscan included) whenever they change. */
  onRange: (from: number, to: number) => void;
  /** The first page, which holds the whole list when it is short. */
  firstRows: readonly T[];
};

/**
 * A list of any length fetched a page at a time (see usePagedList): the scroll box is the height
 * of the whole list from the start, so the scroll bar and a jump to the end work; a row whose page
 * has not arrived yet shows as a grey bar of the same height.
 */
export const PagedTable = <T,>({ count, rowAt, onRange, firstRows, ...rest }: PagedProps<T>) =>
  count <= firstRows.length ? (
    <VirtualTable rows={firstRows} {...rest} />
  ) : (
    <LongTable count={count} rowAt={rowAt} onRange={onRange} {...rest} />
  );

type LongProps<T> = Common<T> & Pick<PagedProps<T>, 'count' | 'rowAt'> & { onRange?: PagedProps<T>['onRange'] };

const LongTable = <T,>({ count, rowAt, onRange, renderRow, head, estimate = 56, tableProps, testId }: LongProps<T>) => {
  const box = useRef<HTMLDivElement>(null);
  // No React Compiler in this build; the virtualizer re-renders the list itself as it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({
    count,
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
  const [from, to] = [items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0];
  useEffect(() => onRange?.(from, to), [onRange, from, to]);
  return (
    <div
      ref={box}
      data-testid={testId ? `${testId}-scroll` : undefined}
      style={{ maxHeight: 'calc(100vh - 220px)', minHeight: 300, overflowY: 'auto' }}
    >
      {/* No stripes: the spacer row would swap odd and even as the list scrolls. */}
      <Table {...tableProps} striped={false} stickyHeader data-testid={testId} data-rows={count}>
        {head}
        <Table.Tbody>
          {top > 0 ? (
            <tr aria-hidden>
              <td style={{ height: top, padding: 0, border: 0 }} colSpan={99} />
            </tr>
          ) : null}
          {items.map((it) => {
            const row = rowAt(it.index);
            const props = { ref: v.measureElement, 'data-index': it.index };
            return row === undefined ? (
              <Pending key={`pending-${it.index}`} height={estimate} {...props} />
            ) : (
              renderRow(row, props)
            );
          })}
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

/** A row whose page is still on its way: a grey bar where its text will be. */
const Pending = ({ height, ...row }: VirtualRowProps & { height: number }) => (
  <tr {...row} aria-busy="true" data-testid="row-pending">
    <td colSpan={99} style={{ height }}>
      <Skeleton height={12} width="60%" radius="sm" />
    </td>
  </tr>
);
