import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { VIRTUAL_FROM } from './VirtualTable';

type Props<T> = {
  rows: readonly T[];
  rowKey: (row: T) => string;
  renderRow: (row: T) => ReactNode;
  /** A first guess at an item's height in pixels; items are measured as they show (and as they open). */
  estimate?: number;
  /** Space between items, in pixels (a separated accordion's gap). */
  gap?: number;
};

/**
 * A long list of blocks (an accordion's items) with only those in view in the page. Short lists
 * render every item as before.
 */
export const VirtualList = <T,>({ rows, rowKey, renderRow, estimate = 72, gap = 0 }: Props<T>) => {
  if (rows.length < VIRTUAL_FROM) return <>{rows.map((r) => renderRow(r))}</>;
  return <LongList rows={rows} rowKey={rowKey} renderRow={renderRow} estimate={estimate} gap={gap} />;
};

const LongList = <T,>({ rows, rowKey, renderRow, estimate = 72, gap = 0 }: Props<T>) => {
  const box = useRef<HTMLDivElement>(null);
  // No React Compiler in this build; the virtualizer re-renders the list itself as it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => box.current,
    estimateSize: () => estimate,
    getItemKey: (i) => rowKey(rows[i] as T),
    gap,
    overscan: 6,
    initialRect: { width: 800, height: 800 },
  });
  return (
    <div ref={box} style={{ maxHeight: 'calc(100vh - 220px)', minHeight: 300, overflowY: 'auto' }}>
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((it) => (
          <div
            key={it.key}
            ref={v.measureElement}
            data-index={it.index}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${it.start}px)` }}
          >
            {renderRow(rows[it.index] as T)}
          </div>
        ))}
      </div>
    </div>
  );
};
