import Markdown, { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';

import { paths } from '@/config/paths';

const INTERNAL_LINK = 'bulkwriter:article/';

/** Internal links (docs/linking.md) lead to the target article's page; others as usual. */
export function articleUrl(url: string): string {
  return url.startsWith(INTERNAL_LINK)
    ? paths.article.getHref(url.slice(INTERNAL_LINK.length))
    : defaultUrlTransform(url);
}

// the page's title is its one h1, so the body's headings sit one level below it
const SHIFTED_HEADINGS = { h1: 'h2', h2: 'h3', h3: 'h4', h4: 'h5' } as const;

/** The body without its leading "# Title" line when that repeats the page's heading. */
export function withoutTitle(markdown: string, title: string | null): string {
  const match = /^\s*#[ \t]+(.+?)[ \t#]*(\r?\n|$)/.exec(markdown);
  if (!match || !title || match[1].trim() !== title.trim()) return markdown;
  return markdown.slice(match[0].length);
}

/**
 * An article's Markdown as the page shows it (and the editor's preview). react-markdown renders
 * to React elements and ignores raw HTML: no injection from model output or an editor.
 */
export function ArticleMarkdown({
  markdown,
  title,
  label = 'Article body',
  testId = 'article-body',
}: {
  markdown: string;
  title: string | null;
  label?: string;
  testId?: string;
}) {
  return (
    <div className="article-body" role="region" aria-label={label} data-testid={testId}>
      <Markdown remarkPlugins={[remarkGfm]} components={SHIFTED_HEADINGS} urlTransform={articleUrl}>
        {withoutTitle(markdown, title)}
      </Markdown>
    </div>
  );
}
