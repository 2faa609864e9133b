/** The part of Electron's dialog module the folder picker uses. */
export type DialogPort<W> = {
  showOpenDialog(
    window: W,
    options: { title: string; buttonLabel: string; properties: ('openDirectory' | 'createDirectory')[] },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
};

const TITLES = {
  backup: { title: 'Back up Muhafiz to a folder', buttonLabel: 'Back up here' },
  restore: { title: 'Choose a Muhafiz backup folder', buttonLabel: 'Choose' },
} as const;

/**
 * The system's folder picker for backups and restores, shown by main (the renderer only ever sees
 * the path the lawyer chose, which the backup channels validate again). null when cancelled.
 */
export const folderPicker =
  <W>(dialog: DialogPort<W>, window: () => W | null) =>
  async (purpose: 'backup' | 'restore'): Promise<string | null> => {
    const win = window();
    if (!win) return null;
    const r = await dialog.showOpenDialog(win, {
      ...TITLES[purpose],
      properties: ['openDirectory', 'createDirectory'],
    });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  };
