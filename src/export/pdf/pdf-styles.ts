// The PDF report's text styles, shared by its sections.
import { ACCENT, MUTED } from './pdf-writer';
import type { TextStyle } from './pdf-writer';

export const H1: TextStyle = { size: 20, bold: true, color: ACCENT, after: 8 };
export const H2: TextStyle = { size: 13.5, bold: true, after: 4 };
export const H3: TextStyle = { size: 11, bold: true, after: 2 };
export const BODY: TextStyle = { size: 10, after: 6 };
export const SMALL: TextStyle = { size: 9, color: MUTED, after: 4 };
/** An indicator's question, kept with the answer line below it. */
export const QUESTION: TextStyle = { size: 10, bold: true, after: 2 };
