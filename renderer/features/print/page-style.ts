/** What every printed page carries in its margins. */
export interface PageMarks {
  unit: string;
  title: string;
  /** e.g. "Printed 23/11/2026"; */
  printed: string;
  /** "Page {page} of {pages}" split around the counters. */
  pageBefore: string;
  pageMiddle: string;
  pageAfter: string;
  /** Shown on case-level prints only. */
  confidential?: string | undefined;
  /** Page numbers in Khmer digits (CSS's predefined `khmer` counter style) or Latin ones. */
  digits: 'latin' | 'khmer';
}

/** A CSS string literal: quotes and backslashes escaped, line breaks dropped. */
export const cssString = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;

/** The @page rules with the margin boxes (Chromium 131+): unit, title, date printed, page x of y. */
export function pageRules(marks: PageMarks): string {
  const confidential = marks.confidential ? cssString(marks.confidential) : '""';
  const style = marks.digits === 'khmer' ? 'khmer' : 'decimal';
  const page = `${cssString(marks.pageBefore)} counter(page, ${style}) ${cssString(marks.pageMiddle)} counter(pages, ${style}) ${cssString(marks.pageAfter)}`;
  return `@page {
  size: A4;
  margin: 20mm 15mm 18mm 15mm;
  @top-left { content: ${cssString(marks.unit)}; font: 9pt "Noto Sans Khmer", "Khmer OS", sans-serif; color: #333; }
  @top-center { content: ${confidential}; font: bold 9pt "Noto Sans Khmer", "Khmer OS", sans-serif; color: #a00; }
  @top-right { content: ${cssString(marks.title)}; font: 9pt "Noto Sans Khmer", "Khmer OS", sans-serif; color: #333; }
  @bottom-left { content: ${cssString(marks.printed)}; font: 8pt "Noto Sans Khmer", "Khmer OS", sans-serif; color: #555; }
  @bottom-center { content: ${confidential}; font: bold 8pt "Noto Sans Khmer", "Khmer OS", sans-serif; color: #a00; }
  @bottom-right { content: ${page}; font: 8pt "Noto Sans Khmer", "Khmer OS", sans-serif; color: #555; }
}`;
}

/**
 * Installs the page rules while a print layout is shown. Built through the CSS object model
 * (a constructed style sheet), which the strict CSP allows where an inline <style> is refused.
 */
export function installPageRules(marks: PageMarks): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageRules(marks));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
