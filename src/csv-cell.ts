// CSV cells that open safely in a spreadsheet: the audit export and the measurements export share it.

/** A cell a spreadsheet would read as a formula (after any leading spaces) is kept text with an apostrophe. */
export const protectCell = (v: string) => (/^[\s]*[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/**
 * How a CSV is written. `excel`: what Dutch Excel opens as columns: `;` between cells, a decimal comma, UTF-8
 * with a byte-order mark (so accents survive), CRLF line ends. Otherwise plain RFC 4180 CSV (`,`, LF).
 */
export const csvOptions = (excel: boolean) =>
  excel
    ? { delimiter: ';', bom: true, record_delimiter: 'windows' as const }
    : { delimiter: ',', bom: false, record_delimiter: 'unix' as const };

/** A number for a CSV cell: with a decimal comma for Excel. */
export const csvNumber = (n: number, excel: boolean) => (excel ? String(n).replace('.', ',') : String(n));
