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

const FONT = '"Noto Sans Khmer", "Khmer OS", sans-serif';
/**
 * The header's boxes share the width in fixed parts and wrap their text, so a long title (an
 * investigation's, a case code) stays inside its box instead of running into the page's edge.
 */
const BOX = 'white-space: normal; overflow-wrap: anywhere; vertical-align: bottom;';

/** The @page rules with the margin boxes (Chromium 131+): unit, title, date printed, page x of y. */
export function pageRules(marks: PageMarks): string {
  const confidential = marks.confidential ? cssString(marks.confidential) : '""';
  const style = marks.digits === 'khmer' ? 'khmer' : 'decimal';
  const page = `${cssString(marks.pageBefore)} counter(page, ${style}) ${cssString(marks.pageMiddle)} counter(pages, ${style}) ${cssString(marks.pageAfter)}`;
  return `@page {
  size: A4;
  margin: 20mm 15mm 18mm 15mm;
  @top-left { content: ${cssString(marks.unit)}; ${BOX} width: 58mm; text-align: left; font: 9pt ${FONT}; color: #333; }
  @top-center { content: ${confidential}; ${BOX} width: 46mm; text-align: center; font: bold 9pt ${FONT}; color: #a00; }
  @top-right { content: ${cssString(marks.title)}; ${BOX} width: 70mm; text-align: right; font: 9pt ${FONT}; color: #333; }
  @bottom-left { content: ${cssString(marks.printed)}; font: 8pt ${FONT}; color: #555; }
  @bottom-center { content: ${confidential}; font: bold 8pt ${FONT}; color: #a00; }
  @bottom-right { content: ${page}; font: 8pt ${FONT}; color: #555; }
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
