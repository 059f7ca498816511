import { unzipSync, strFromU8 } from 'fflate';

// Reading a generated .docx back: the files inside, and the document's
// paragraphs as text with their styles, as Word would see them.

export interface DocxParts {
  files: Record<string, Uint8Array>;
  document: string;
  text: (path: string) => string;
}

export function openDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const text = (path: string): string => {
    const file = files[path];
    if (!file) throw new Error(`${path} is not in the document`);
    return strFromU8(file);
  };
  return { files, document: text('word/document.xml'), text };
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every paragraph's style and plain text, in document order. */
export function paragraphs(documentXml: string): { style: string | null; text: string }[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  }));
}

export const headings = (documentXml: string, style: string): string[] => paragraphs(documentXml).filter((p) => p.style === style).map((p) => p.text);

/** The tables' rows, each as its cells' texts. */
export function tables(documentXml: string): string[][][] {
  return [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([tbl]) =>
    [...tbl.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) => [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => paragraphs(tc).map((p) => p.text).join('\n'))),
  );
}
