/** exceljs (~28 MB resident) is loaded on the first import or export, not with the main process (issue 8). */
export const loadExcel = async () => (await import('exceljs')).default;
