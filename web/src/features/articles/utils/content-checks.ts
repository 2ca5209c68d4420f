/**
 * Words of a Markdown text as a reader of the rendered page counts them, like the server's
 * `generation.Words` (which counts again on save): fences and link definitions are not text,
 * markup and link targets are dropped, and a token counts when it has a letter or a digit.
 */
export function countWords(markdown: string): number {
  let words = 0;
  let inComment = false;
  for (const raw of markdown.split('\n')) {
    let line = raw;
    if (inComment) {
      const close = line.indexOf('-->');
      if (close < 0) continue;
      inComment = false;
      line = line.slice(close + 3);
    }
    const trimmed = line.replace(/^[\s>]*/, '');
    if (/^(```|~~~)/.test(trimmed) || /^\[[^\]]*\]:/.test(trimmed)) continue;
    let text = trimmed.replace(/^\d{1,9}[.)](\s|$)/, ' ');
    text = text.replace(/<!--.*?-->/g, ' ');
    const open = text.indexOf('<!--');
    if (open >= 0) {
      inComment = true;
      text = text.slice(0, open);
    }
    text = text
      .replace(/<[^>]*>/g, ' ') // HTML tags
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images keep their text only
      .replace(/[#*_`|~>[\]()-]+/g, (markup) => (markup === '-' ? markup : ' '));
    for (const token of text.split(/\s+/)) {
      if (/[\p{L}\p{N}]/u.test(token)) words++;
    }
  }
  return words;
}

export type Check = {
  id: 'length' | 'title' | 'meta';
  label: string;
  ok: boolean;
  detail: string;
};

export const TITLE_MAX = 60;
export const META_MIN = 120;
export const META_MAX = 160;
/** How far from its target length an article may be: ±10 %. */
export const LENGTH_TOLERANCE = 0.1;

/** The simple checks an editor sees while typing: length, title and meta description. */
export function contentChecks(input: {
  title: string;
  metaDescription: string;
  words: number;
  targetWords: number;
}): Check[] {
  const { title, metaDescription, words, targetWords } = input;
  const low = Math.round(targetWords * (1 - LENGTH_TOLERANCE));
  const high = Math.round(targetWords * (1 + LENGTH_TOLERANCE));
  const titleLength = [...title].length;
  const metaLength = [...metaDescription].length;
  return [
    {
      id: 'length',
      label: 'Length',
      ok: words >= low && words <= high,
      detail: `${words.toLocaleString('en-US')} words; target ${targetWords.toLocaleString('en-US')} (${low.toLocaleString('en-US')}–${high.toLocaleString('en-US')})`,
    },
    {
      id: 'title',
      label: 'Title',
      ok: titleLength > 0 && titleLength <= TITLE_MAX,
      detail: `${titleLength} of at most ${TITLE_MAX} characters`,
    },
    {
      id: 'meta',
      label: 'Meta description',
      ok: metaLength >= META_MIN && metaLength <= META_MAX,
      detail: `${metaLength} characters; ${META_MIN}–${META_MAX} read best in search results`,
    },
  ];
}

/** Lowercase letters and digits in runs joined by single hyphens, as the server requires. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
