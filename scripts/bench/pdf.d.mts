export const PDF_OPTIONS: {
  readonly format: string;
  readonly landscape: boolean;
  readonly printBackground: boolean;
  readonly displayHeaderFooter: boolean;
  readonly preferCSSPageSize: boolean;
};
export function countPdfPages(buffer: Buffer): number;
