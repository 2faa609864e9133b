import { useEffect } from 'react';

type Loadable<V> = { setValues: (values: V) => void; resetDirty: () => void };

/** Fills an edit form once, when its record arrives (later refetches must not undo the lawyer's typing). */
export const useLoadInto = <T extends { id: string }, V>(
  form: Loadable<V>,
  record: T | undefined,
  toValues: (r: T) => V,
) => {
  const { setValues, resetDirty } = form;
  useEffect(() => {
    if (!record) return;
    setValues(toValues(record));
    resetDirty();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per record id, by design
  }, [record?.id]);
};
