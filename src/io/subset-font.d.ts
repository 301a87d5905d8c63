/** Types for the subset-font package (it ships none); only what src/io/fonts.ts uses. */
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    preserveNameIds?: number[];
    noLayoutClosure?: boolean;
    noHinting?: boolean;
    dropTables?: string[];
  }
  export default function subsetFont(buffer: Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
