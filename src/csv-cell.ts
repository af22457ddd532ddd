// CSV cells that open safely in a spreadsheet: the audit export and the measurements export share it.

/** A cell a spreadsheet would read as a formula (after any leading spaces) is kept text with an apostrophe. */
export const protectCell = (v: string) => (/^[\s]*[=+\-@\t\r]/.test(v) ? `'${v}` : v);
