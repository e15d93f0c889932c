export interface Example {
  lang: string;
  code: string;
  file?: string;
  prints: string[];
  index: number;
}
export function readmeExamples(markdown: string): Example[];
export function installedNames(markdown: string): string[];
